// Builds the PHI detector's name and place lists (shared/phi/data/*.ts) from @faker-js/faker's
// locale definitions plus the small curated supplements below, then strips every entry that is
// also an ordinary English word or a medical term, so that "Will", "Grace" or "Bell" never become
// names on their own (the detector still catches them with strong context such as a title).
// Run: node scripts/buildNameLists.mjs   (the output is committed; re-run after editing lists)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as faker from '@faker-js/faker';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, 'shared', 'phi', 'data');

const flat = (x) => (!x ? [] : Array.isArray(x) ? x : Object.values(x).flat());
const localeNames = Object.keys(faker).filter((k) => /^[a-z]{2}(_[A-Za-z_]+)?$/.test(k) && faker[k]?.metadata);

// Cyrillic is transliterated (many patients write their names in Latin letters); other non-Latin
// scripts are skipped: capitalisation, which the detector's context rules rely on, does not exist there.
const CYRILLIC = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};
const transliterate = (s) => [...s.toLowerCase()].map((c) => CYRILLIC[c] ?? c).join('');
const LATIN = /^[a-zà-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňŉŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżžșțʼ'’-]+$/;

function words(raw) {
  const out = [];
  for (const entry of raw) {
    if (typeof entry !== 'string') continue;
    for (const part of transliterate(entry.normalize('NFC')).split(/\s+/)) {
      const w = part.replace(/^[-'’]+|[-'’.]+$/g, '');
      if (w.length < 2 || !LATIN.test(w)) continue;
      out.push(w);
      if (w.includes('-')) out.push(...w.split('-').filter((p) => p.length > 2));
    }
  }
  return out;
}

// Curated supplements: common names in Latin spelling that faker's locales lack (romanised East
// Asian names, short forms and nicknames, Irish, West African, Arabic and South Asian variants).
const EXTRA_FIRST = `
wei li ming jun xin hui yan ying jing hao lei yu xiao jie feng bo chen lin mei ling hong zhen qiang yong
jian tao bin hua xiu lan fang juan yi zhi kai peng xue hai fei rui ning yun qing ping shu wen
min-jun ji-woo seo-yeon ha-eun ji-ho jiwoo minjun seoyeon jisoo ji-hoon jihoon sung-min eun-ji hyun soo-ah
hiroshi takashi kenji yuki haruto sakura aiko yui hana kaito sota ren yuto akira hana emi kaori keiko naoko
yoko ryo daiki kazuki shota takumi yuma riku haruka misaki nanami ayumi
anh minh linh thao trang huong lan duc hung tuan quang thanh phuong ngoc hieu khanh long
siobhan saoirse niamh aoife sinead caoimhe ciara roisin orla eimear padraig seamus cian oisin darragh eoin
oluwaseun olumide chidi chinedu ngozi adaeze emeka obinna kwame kofi kwabena ama akosua abena yaw nnamdi
funmilayo temitope ayodele babatunde folake oluwadamilare tunde bisi segun uchenna ifeoma
mohammed muhammad mohamed ahmed ahmad omar yusuf youssef ibrahim khalid hassan hussein ali karim tariq
fatima aisha ayesha zainab khadija maryam noor nour layla leila amira yasmin salma hana rania huda
priya ananya aarav vivek rohan arjun sanjay rajesh suresh ramesh deepak anil sunil amit rahul neha pooja
divya kavya lakshmi meera sunita anjali sneha shreya ishaan aditya vikram raj ravi gita sita manoj
dmitri dmitry sergei sergey igor olga irina natasha natalia svetlana tatiana yuri vladimir oksana ivan
aleksandr alexei alexey mikhail nikolai anatoly boris galina ludmila lyudmila katya masha sasha pavel
tomasz krzysztof agnieszka malgorzata wojciech grzegorz katarzyna piotr
mike sam joe tom tommy bob bobby billy jim jimmy johnny danny dan dave steve tony ed eddie al ben chris
matt rick ricky rob ron ronnie sammy teddy tim timmy vinny liz beth becky kate katie jen jenny jess suzy
maggie peggy meg annie ellie abby gabby vicky cathy debbie barb deb patty sally lou louie frankie charlie
freddie harry larry jerry gerry terry barry gary kenny lenny benny manny joey bubba jojo gigi lulu mimi
abebe alemu almaz bereket dawit desta ephrem fikre genet hailu kidist lidya mekdes meron selam semhar tesfaye tigist yonas
yohannes zewditu hirut biniam filmon senait tsega
wanjiku wanjiru njeri akinyi atieno achieng otieno kipchoge wambui nyambura mwende kamau mutua baraka neema zawadi imani
juma halima rehema amani faraji jabari makena wairimu chebet jepkosgei
abdirahman abdullahi hodan hibaaq faadumo asad warsame ayaan ilhan nimco sahra mahad liban farah hamdi
chukwuemeka chiamaka chinonso chioma nkechi nneka obiageli tobenna kelechi ebuka ifeanyi adaora amarachi ngozika
oluwatobi oluwakemi adewale adeola bolanle damilola kehinde taiwo yetunde femi tolu bukola sade wale kunle
ngaire anahera wiremu tane aroha manaia rangi hemi mere rawiri kahu ariki hine moana nikau tama
sione tevita mele losana viliami siosaia ana lupe malia seini fetu sina tavita iosefa makerita
keoni leilani kalani kainoa makana noelani kanoa ikaika kaimana mahina pualani nalani kapono
chaska ayasha makya wahkan ahanu kohana nayeli tallulah winona dakota cheyenne sequoia aiyana takoda
aigerim aizhan aruzhan bolat daulet nursultan yerlan zhanar gulnara timur aidana dinara asel
dilnoza farrukh nodira shahzoda jasur sardor bekzod otabek gulnora umida rustam malika
temuulen batbayar bat-erdene oyunchimeg enkhjargal ganbold tsetseg bolormaa munkh-erdene altantsetseg
tenzin pema dorje lhamo sonam karma tashi dolma nima dawa pasang mingma ang phurba lakpa
jose maria mariel rommel jericho marites jun-jun bongbong rizalino leonora imelda corazon
agus budi dewi sri wahyu putri rizky ayu indah nur siti eka dwi tri bambang joko
somchai somsak malee ploy nattapong siriporn kanya anong
aung thandar khin kyaw htet myo zaw ei hnin nilar
sokha sophea dara vuthy chenda bopha
anoushka armen gohar lusine narek tigran vardan arpine hasmik
giorgi nino tamar levan irakli mariam davit ketevan
giorgos eleni dimitris konstantinos nikos yannis sofia vasiliki panagiotis katerina christos
avraham yosef moshe yael noa tamar shira eitan ariel tzipora dvora chaim shlomo rivka
dariush farhad shirin parisa kourosh babak nasrin arash mehrdad roya golnar
mustafa emre burak elif zeynep ayse fatma hatice murat kemal ozan selin cem deniz
ahmadullah gulalai malalai habibullah zarghuna sayed wahid
rojda berivan dilan rojin azad baran zozan
`;
const EXTRA_LAST = `
tanaka suzuki sato takahashi watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki
yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto ishikawa ogawa
kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song hong
wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao liang zheng xie tang
han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren
nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly
mbeki okafor okonkwo adeyemi adebayo mensah owusu boateng asante osei nkosi dlamini ndlovu mahlangu
kamau otieno odhiambo wanjiru mutua kariuki abubakar bello danjuma eze nwosu obi okeke
patel shah singh kumar sharma gupta mehta desai reddy rao iyer nair menon chatterjee banerjee mukherjee
khan hussain rahman chaudhry qureshi malik siddiqui sheikh
ivanov petrov smirnov kuznetsov popov sokolov volkov morozov novikov fedorov orlov pavlov
murphy kelly sullivan walsh byrne ryan obrien o'brien o'connor o'neill o'sullivan mccarthy doyle quinn
lindqvist lindgren johansson andersson karlsson nilsson eriksson larsson olsson persson svensson
haile tesfaye gebremedhin gebre abebe alemu bekele tadesse kebede girma mengistu negash assefa tekle woldemariam
mwangi njoroge kiprop kipkemboi cheruiyot wanyama odinga ochieng onyango wafula barasa kimani maina njenga
warsame farah hassan ahmed mohamud abdi osman yusuf
okwuosa adeyinka okonjo ogunleye adeleke oyelaran adebisi okoro onwudiwe nwachukwu obi anyanwu ezeh
tuhiwai ngata parata te whaanga tamihana walker? horomona
tuilagi taumalolo fonoti fifita taufa tupou vaipulu lealaiauloto leota
kealoha kahananui nakai kamakana kahale akana keawe
yazzie begaye tsosie benally nez tso chee etsitty
abenov abenova nazarbayev tokayev seitkali zhaksybekov
rahimov rahimova yusupov yusupova karimov karimova tashkentov
batbayar erdenebat sukhbaatar ganbaatar enkhbayar bat-ochir
sherpa lama gurung tamang rai limbu magar thapa
santos reyes cruz bautista ocampo garcia mendoza aquino villanueva dela cruz
wijaya santoso kusuma hidayat saputra susanto setiawan
srisuk wongsawat chaiyaporn rattanakosin
popescu ionescu popa dumitru stan stoica
virtanen korhonen nieminen makinen hamalainen laine heikkinen halvorsen haugland
nagy kovacs toth szabo horvath
mokoena tshabalala nkosi dlamini khumalo ndlovu zulu mthembu
`;
// Ordinary English words that are also given names or surnames (faker's own English word lists are
// added below): alone they are never treated as names.
const STOP = `
will mark bill may grace hope joy dawn rose summer wade page gene frank faith june april august sue pat
guy ray rich sky star chance chase cliff dean drew ernest fern glen hunter iris ivy jack jay jewel lily
major miles nick norman ollie penny price reed rob rusty sage sterling stone storm violet wolf woody young
white green black brown gray grey long short little small hill wood woods bush field fields lane house
hall king law love moody nice pace person power rice sharp strong sweet wise west north south east
bishop cook baker walker carpenter mason porter taylor turner fisher hunter miller butler barber
christian church english french german irish scott welch bell bond case cross day dole early fair fox
gay golden good hale hard hart heart hunt lamb land lord lowe mann march marsh may mercy moon moss
nash new noble oak oliver page paris park peace pierce pine pool post pound rain ray ready rich rock
root rush sale sands shade short silver sky snow spring stark steel story street swift temple thorn
trip vale vine wall ward waters wells west wing winter wolf wood worth wright
art don max ken kit van von de la le del della di da du des der den al el bin ben abu ibn
baby happy lucky sunny angel amber autumn april brook crystal daisy dolly ginger heather holly honey
jasmine misty poppy ruby sandy sky sugar tiffany velvet destiny harmony heaven journey liberty miracle
patience precious serenity trinity unique
doctor nurse patient sister brother mother father son daughter wife husband aunt uncle grandma grandpa
the and but for not you all any can her his its one our out see two way who did get has him how man
new now old see she too use via per
stat med meds labs lab scan test case code note notes shift ward unit room bed bay floor wing
sign signs triad syndrome disease tumor fracture palsy criteria score scale murmur
mobile reading bath normal orange surprise independence commerce enterprise paradise eagle hope
he she it we they him her his hers its our ours you your me my mine us them their theirs who whom whose
this that these those what which there here where when why how all any some none each every both either
neither one two three four five six seven eight nine ten also just only very much many more most such
children children's kids men women people family families team staff everyone someone anyone nobody
licence license plate card account member policy serial device lot model patient's sharing thanks
remember happy congrats congratulations please hello dear welcome sorry okay yes no wow omg lol
queen legend hero champ warrior superstar angel boss rockstar
call ask tell page text email send check see meet thank give get let help keep make take bring show follow remember
data pharma league tech media news mac band deal food oil
driver owner user reader author editor writer viewer follower met kiddo
siri alexa cortana chatgpt
consider review discuss read watch listen share post tag reach contact ping message dm
do name said top bye goodbye hi hey hello today tonight tomorrow yesterday everyone everybody nobody somebody someone anyone life world nature
insurance medicine science history society mankind humanity season week month year weekend night
friendship opportunity pleasant pleasantville union unity progress justice concord harmony
`;

function medicalWordsFromData() {
  // The medical allow-list lives in a TS data file; read its string literals, no TS loader needed.
  const src = fs.readFileSync(path.join(dataDir, 'medicalTerms.ts'), 'utf8');
  const out = [];
  // Eponyms are left out on purpose: they are real surnames (Smith, Wilson, Jones), and the
  // detector tells "Smith fracture" from "Jane Smith" by context, not by list.
  for (const m of src.matchAll(/export const (\w+) = `([^`]*)`/g)) {
    if (m[1] !== 'eponymsText') out.push(...m[2].toLowerCase().split(/[\s,]+/).filter(Boolean));
  }
  return out;
}

const firstRaw = [];
const lastRaw = [];
const cityRaw = [];
const cityLocales = new Set(['en', 'de', 'fr', 'es', 'it', 'pl', 'tr', 'en_IN', 'vi', 'nl', 'pt_PT', 'en_GH', 'en_NG']);
const englishWords = new Set();
for (const k of localeNames) {
  const p = faker[k].person;
  if (p) {
    firstRaw.push(...flat(p.first_name), ...flat(p.middle_name).filter((x) => typeof x === 'string'));
    lastRaw.push(...flat(p.last_name));
  }
  if (cityLocales.has(k)) cityRaw.push(...flat(faker[k].location?.city_name));
}
for (const list of Object.values(faker.en.word)) for (const w of list) englishWords.add(w.toLowerCase());

const stop = new Set([...englishWords, ...STOP.split(/\s+/).filter(Boolean), ...medicalWordsFromData()]);
const clean = (arr) => [...new Set(words(arr))].filter((w) => !stop.has(w)).sort();

const first = clean([...firstRaw, ...EXTRA_FIRST.split(/\s+/)]);
const last = clean([...lastRaw, ...EXTRA_LAST.split(/\s+/)]);

// Places: city names of several locales plus common world and US cities faker lacks. Multi-word
// names are kept whole (lowercase, single spaces).
const EXTRA_CITIES = `
macon fresno boise tulsa omaha wichita toledo dayton savannah tacoma spokane reno modesto stockton
bakersfield lubbock amarillo laredo shreveport chattanooga knoxville lexington louisville
birmingham montgomery huntsville jackson memphis nashville atlanta boston chicago houston dallas
phoenix philadelphia detroit seattle denver baltimore milwaukee albuquerque tucson sacramento
oakland miami tampa orlando cleveland cincinnati pittsburgh portland charlotte raleigh durham
richmond norfolk buffalo rochester syracuse albany hartford providence newark scranton allentown
london manchester liverpool leeds sheffield bristol glasgow edinburgh cardiff belfast dublin cork
toronto montreal vancouver calgary edmonton ottawa winnipeg halifax sydney melbourne brisbane perth
adelaide auckland wellington paris lyon marseille berlin munich hamburg cologne frankfurt vienna zurich
geneva madrid barcelona lisbon porto rome milan naples turin amsterdam rotterdam brussels antwerp
copenhagen stockholm oslo helsinki warsaw krakow prague budapest bucharest athens istanbul ankara
cairo lagos accra nairobi johannesburg durban kinshasa addis ababa dakar mumbai delhi bangalore
bengaluru chennai kolkata hyderabad karachi lahore dhaka manila jakarta bangkok hanoi singapore
seoul busan tokyo osaka kyoto beijing shanghai guangzhou shenzhen wuhan taipei dubai riyadh tehran
baghdad beirut amman mexico city guadalajara monterrey bogota bogotá lima santiago buenos aires
sao paulo são paulo rio de janeiro caracas havana kingston san juan los angeles san francisco
san diego san jose new york new orleans las vegas salt lake city kansas city oklahoma city st louis
saint louis fort worth el paso corpus christi san antonio long beach virginia beach colorado springs
galway limerick waterford kilkenny sligo derry leicester nottingham coventry bradford newcastle sunderland
brighton plymouth southampton portsmouth norwich exeter york oxford cambridge aberdeen dundee inverness
swansea dorchester bournemouth blackpool preston bolton wigan stoke derby luton reading? watford
auckland christchurch hamilton dunedin rotorua tauranga napier nelson? hobart darwin canberra geelong cairns
townsville wollongong newcastle toowoomba ballarat bendigo launceston mississauga brampton hamilton
kitchener windsor london? saskatoon regina victoria? kelowna moncton fredericton charlottetown
astoria flushing brooklyn queens bronx harlem yonkers bend eugene salem medford boulder fort collins
pueblo flagstaff yuma provo ogden missoula billings bozeman fargo sioux falls rapid city duluth
rochester madison green bay kenosha peoria joliet naperville aurora elgin evanston gary fort wayne
south bend ann arbor lansing flint kalamazoo akron canton youngstown erie harrisburg lancaster
reading? wilkes-barre hazleton trenton camden paterson elizabeth? stamford bridgeport new haven
worcester springfield lowell cambridge? somerville quincy brockton dorchester roxbury burlington
portland bangor manchester nashua concord? augusta? annapolis wilmington dover? frederick
roanoke lynchburg charlottesville asheville greensboro winston-salem fayetteville wilmington
columbia greenville spartanburg charleston savannah augusta macon athens? albany valdosta
tallahassee gainesville jacksonville pensacola sarasota naples? fort myers boca raton daytona beach
birmingham tuscaloosa dothan gulfport biloxi hattiesburg tupelo baton rouge lafayette lake charles
monroe? shreveport beaumont waco killeen tyler abilene midland odessa mcallen brownsville
harlingen san angelo wichita falls norman edmond lawton tulsa topeka lawrence manhattan? hutchinson
joplin springfield columbia? kirksville cedar rapids davenport dubuque sioux city council bluffs
lincoln grand island kearney cheyenne casper laramie santa fe las cruces roswell henderson
carson city sparks stockton fresno visalia merced modesto salinas santa rosa santa barbara
oxnard ventura riverside? san bernardino ontario? pomona pasadena glendale burbank anaheim
santa ana irvine long beach torrance compton inglewood oakland berkeley fremont hayward
soweto pretoria bloemfontein port elizabeth gqeberha kumasi tamale ibadan kano abuja enugu
port harcourt mombasa kisumu kampala dar es salaam harare lusaka lilongwe maputo luanda
doha muscat kuwait city manama jeddah mecca medina sharjah abu dhabi karachi peshawar
oaxaca puebla tijuana juarez cancun merida leon queretaro medellin cali quito guayaquil
la paz asuncion montevideo rosario cordoba valparaiso cusco arequipa
almaty astana bishkek tashkent samarkand dushanbe ashgabat ulaanbaatar kathmandu pokhara thimphu
colombo kandy male yangon mandalay phnom penh vientiane kuala lumpur penang surabaya bandung
medan denpasar cebu davao quezon ho chi minh city da nang hue haiphong
tromsø tromso bergen trondheim stavanger gothenburg malmo malmö uppsala aarhus odense tampere turku
oulu reykjavik tallinn riga vilnius minsk kyiv kiev lviv odesa kharkiv chisinau tbilisi yerevan baku
belgrade zagreb ljubljana sarajevo skopje tirana sofia? bratislava brno gdansk wroclaw poznan lodz
cluj-napoca iasi timisoara constanta thessaloniki patras heraklion nicosia valletta
seville sevilla valencia bilbao malaga zaragoza granada florence firenze venice venezia bologna genoa
palermo catania bari verona lyon toulouse nice? nantes strasbourg montpellier bordeaux lille rennes
marseille dusseldorf düsseldorf stuttgart leipzig dresden hannover nuremberg nürnberg bremen essen
dortmund rotterdam utrecht eindhoven groningen ghent gent bruges liege liège geneva lausanne basel bern
salzburg innsbruck graz linz porto coimbra braga funchal
algiers oran tunis tripoli benghazi casablanca rabat marrakesh fez khartoum omdurman juba mogadishu
hargeisa djibouti asmara kigali bujumbura dodoma arusha zanzibar kisumu eldoret nakuru entebbe
gulu goma lubumbashi brazzaville libreville yaounde douala abidjan bamako niamey ouagadougou
conakry freetown monrovia lome cotonou porto-novo windhoek gaborone maseru mbabane antananarivo
cape town stellenbosch polokwane mbombela kimberley nelspruit
hilo kona kailua waipahu pearl city lahaina wailuku kahului lihue
anchorage fairbanks juneau sitka nome bethel barrow kotzebue
tuba city gallup shiprock window rock chinle kayenta
`;
const cityStop = new Set([...stop].filter((w) => !w.includes(' ')));
const cityList = [
  ...new Set(
    [...cityRaw, ...EXTRA_CITIES.split('\n').flatMap((line) => splitCityLine(line))]
      .map((c) => transliterate(String(c).normalize('NFC')).replace(/\s*\(.*\)$/, '').trim())
      .filter((c) => c.length > 2 && LATIN.test(c.replace(/[ .]/g, '')) && !cityStop.has(c)),
  ),
].sort();

function splitCityLine(line) {
  // Multi-word cities in the supplement are recognised greedily against a known set of first words.
  const multi = ['addis ababa', 'mexico city', 'buenos aires', 'sao paulo', 'são paulo', 'rio de janeiro', 'san juan',
    'los angeles', 'san francisco', 'san diego', 'san jose', 'new york', 'new orleans', 'las vegas', 'salt lake city',
    'kansas city', 'oklahoma city', 'st louis', 'saint louis', 'fort worth', 'el paso', 'corpus christi', 'san antonio',
    'long beach', 'virginia beach', 'colorado springs', 'fort collins', 'sioux falls', 'rapid city', 'green bay', 'fort wayne',
    'south bend', 'ann arbor', 'new haven', 'boca raton', 'daytona beach', 'baton rouge', 'lake charles', 'wichita falls',
    'san angelo', 'cedar rapids', 'sioux city', 'council bluffs', 'grand island', 'santa fe', 'las cruces', 'carson city',
    'santa rosa', 'santa barbara', 'san bernardino', 'santa ana', 'port elizabeth', 'port harcourt', 'dar es salaam',
    'kuwait city', 'abu dhabi', 'la paz', 'fort myers', 'phnom penh', 'kuala lumpur', 'ho chi minh city', 'da nang',
    'cape town', 'pearl city', 'tuba city', 'window rock'];
  let rest = ` ${line.trim()} `;
  const out = [];
  for (const m of multi) if (rest.includes(` ${m} `)) { out.push(m); rest = rest.replace(` ${m} `, ' '); }
  // A trailing "?" marks a name that is mostly an ordinary word or a state ("reading?", "victoria?"): skipped.
  for (const w of rest.split(/\s+/)) if (w && !w.endsWith('?')) out.push(w);
  return out;
}

const commonWords = [...stop].filter((w) => /^[a-z'-]+$/.test(w)).sort();

function writeList(file, exportName, comment, list) {
  const body = `// Generated by scripts/buildNameLists.mjs — do not edit by hand. ${comment}\n` +
    `export const ${exportName} = \`${list.join('\n').replace(/[`\\$]/g, '')}\`;\n`;
  fs.writeFileSync(path.join(dataDir, file), body);
  return Buffer.byteLength(body);
}

let total = 0;
total += writeList('firstNames.ts', 'firstNamesText', 'Lowercase given names, one a line.', first);
total += writeList('lastNames.ts', 'lastNamesText', 'Lowercase surnames, one a line.', last);
total += writeList('cities.ts', 'citiesText', 'Lowercase city and town names, one a line.', cityList);
total += writeList('commonWords.ts', 'commonWordsText', 'Ordinary English words that are never names alone.', commonWords);
console.log(`first ${first.length}, last ${last.length}, cities ${cityList.length}, common ${commonWords.length}; ${(total / 1024).toFixed(0)} KiB`);
