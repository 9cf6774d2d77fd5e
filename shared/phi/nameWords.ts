// Word sets the name rules share with the strict (image-corner) mode.

/** Abbreviated titles: whatever capitalised word follows is a name ("Dr. Strange" included). */
export const SHORT_TITLES = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'fr', 'sr', 'rev', 'capt', 'sgt', 'mme', 'mlle', 'sra', 'srta', 'messrs', 'drs', 'cpl', 'pvt', 'hon']);

/** Word titles: the next word must also look like a name ("Nurse Jackie", not "Nurse Practitioner"). */
export const WORD_TITLES = new Set([
  'miss', 'mister', 'missus', 'doctor', 'professor', 'nurse', 'sister', 'brother', 'father', 'mother', 'reverend', 'pastor',
  'rabbi', 'imam', 'sheikh', 'officer', 'auntie', 'aunty', 'aunt', 'uncle', 'grandma', 'grandpa', 'granny', 'nana', 'papa',
  'coach', 'captain', 'sergeant', 'judge', 'madam', 'madame', 'herr', 'frau', 'señor', 'señora', 'senor', 'senora', 'doña',
  'dona', 'don', 'sir', 'dame', 'lady', 'lord', 'baby', 'master', 'deacon', 'bishop', 'cousin', 'chief', 'detective', 'senator',
  'mayor', 'councillor', 'councilman', 'councilwoman', 'pope', 'saint', 'abuela', 'abuelo', 'tia', 'tio', 'tía', 'tío', 'nonna',
  'nonno', 'oma', 'opa', 'babushka', 'bibi', 'nani', 'dadi', 'nana', 'auntie', 'mamaw', 'papaw', 'gran', 'grandad', 'granddad',
]);

/** Lowercase words that join parts of one name: "Ludwig van Beethoven", "Maria de la Cruz". */
export const NAME_PARTICLES = new Set([
  'van', 'von', 'de', 'da', 'das', 'dos', 'del', 'della', 'di', 'du', 'der', 'den', 'la', 'le', 'bin', 'binti', 'ibn', 'al', 'el', 'ben',
  'bat', 'ter', 'ten', 'y', 'e', 'ó', 'ní', 'nic', 'mac', 'mc', 'ua',
]);

/** Nickname words: "Big Mike", "Little Sam", "Lil Dre". */
export const NICKNAME_HEADS = new Set(['big', 'little', 'lil', 'old', 'young', 'tiny', 'papa', 'mama', 'pops', 'mamma', 'sweet', 'crazy', 'handsome', 'pretty', 'skinny', 'tall', 'slim', 'red', 'doc']);

/** Degrees, postnominals and common dotted abbreviations that look like initials but are not. */
export const NOT_INITIALS = new Set([
  'US', 'UK', 'EU', 'UN', 'MD', 'DO', 'RN', 'NP', 'PA', 'BS', 'MS', 'BA', 'MA', 'AM', 'PM', 'AD', 'BC', 'DC', 'LA', 'NY', 'PS', 'NB',
  'RIP', 'USA', 'MBBS', 'PHD', 'DDS', 'DMD', 'DVM', 'MPH', 'MBA', 'MSN', 'BSN', 'DNP', 'FACP', 'FACS', 'CNA', 'LPN', 'APRN', 'DPM',
  'EMT', 'BID', 'TID', 'QID', 'PRN', 'NPO', 'DOA', 'DOB', 'AKA', 'ASAP', 'FYI', 'TBD', 'PPS', 'UAE', 'TV', 'OK',
]);

/** Verbs that only a person does, enough to make an unlisted word at a sentence start a name. */
export const STORY_VERBS = new Set([
  'presented', 'presents', 'came', 'told', 'tells', 'said', 'says', 'asked', 'asks', 'died', 'walked', 'arrived', 'underwent',
  'complained', 'complains', 'thanked', 'smiled', 'cried', 'laughed', 'survived', 'insisted', 'refused',
  'agreed', 'hugged', 'wrote', 'texted', 'messaged', 'danced', 'sang', 'woke', 'fell', 'collapsed', 'flew', 'drove', 'hiked',
]);

/** Verbs that follow a person in a case story: "… and Zanele came back". */
export const PERSON_VERBS = new Set([
  'was', 'is', 'has', 'had', 'presented', 'presents', 'came', 'comes', 'told', 'tells', 'said', 'says', 'asked', 'asks', 'died',
  'passed', 'walked', 'arrived', 'underwent', 'developed', 'complained', 'complains', 'reported', 'reports', 'denied', 'denies',
  'went', 'got', 'gets', 'needs', 'needed', 'wants', 'wanted', 'loves', 'loved', 'thanked', 'smiled', 'cried', 'laughed', 'survived',
  'beat', 'transfers', 'transferred', 'fell', 'returned', 'turned', 'left', 'recovered', 'woke', 'insisted', 'refused', 'agreed',
  'hugged', 'brought', 'bring', 'brings', 'wrote', 'called', 'texted', 'messaged', 'showed', 'shows', 'became', 'remains', 'stayed',
  'lives', 'lived', 'works', 'worked', 'coded', 'crashed', 'seized', 'vomited', 'coughed', 'walks', 'danced', 'sang',
]);
