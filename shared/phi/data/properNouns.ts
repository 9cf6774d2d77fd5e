// Capitalised words that are neither people nor small places: US states and other first-level
// regions (Safe Harbor lets a state stay), countries, nationalities and languages, months and
// weekdays, platforms, agencies, companies and textbooks that teaching posts name.

export const properNounsText = `
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii
idaho illinoisna iowa kansas kentucky louisiana maine maryland massachusetts michigan
minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico york dakota
carolina virginia ohio oklahoma oregon pennsylvania rhode island tennessee texas utah vermont
wisconsin wyoming ontario quebec alberta columbia manitoba saskatchewan scotia brunswick
newfoundland labrador england scotland wales ireland bavaria queensland tasmania
america usa us uk canada australia zealand germany france spain italy portugal netherlands
belgium switzerland austria sweden norway denmark finland poland russia ukraine greece turkey
egypt nigeria ghana kenya ethiopia africa india pakistan bangladesh china japan korea vietnam
thailand philippines indonesia malaysia singapore brazil argentina chile peru colombia venezuela
cuba haiti jamaica iran iraq syria lebanon saudi arabia emirates qatar europe asia
american canadian british english scottish welsh irish australian german french spanish
italian portuguese dutch swedish norwegian danish polish russian ukrainian greek turkish
arabic hebrew hindi urdu bengali punjabi tamil chinese mandarin cantonese japanese korean
vietnamese tagalog filipino indonesian thai swahili yoruba igbo hausa amharic somali persian farsi
latin latino latina hispanic asian african european caucasian indigenous native
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
christmas easter thanksgiving halloween ramadan eid diwali hanukkah passover
twitter instagram tiktok youtube facebook linkedin reddit threads bluesky mastodon snapchat
whatsapp telegram discord substack google apple microsoft amazon netflix spotify zoom
epic cerner meditech uptodate medscape pubmed cochrane nejm lancet jama bmj harrison harrison's
robbins netter guyton tintinalli pathoma sketchy anki uworld amboss
pfizer moderna merck novartis roche lilly sanofi astrazeneca janssen medicare medicaid
fda cdc who nih nhs cms aha acc acog aap ama acep ats idsa nice esc
god jesus allah lord christ buddha
covid coronavirus sars mers ebola zika
`;
