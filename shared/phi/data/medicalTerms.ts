// The medical allow-list: words that look like names or places in clinical writing but are not
// identifiers. Kept as whitespace-separated lowercase text (scripts/buildNameLists.mjs also reads
// these literals to strip them from the name lists).

/** Surnames that live on as eponyms; followed by 's, a head noun, or standing alone they are medicine. */
export const eponymsText = `
addison adie alport alzheimer apgar argyll arnold asperger auspitz babinski baker barlow barrett
bartter batten beck becker behcet behçet bell bence berger bernard bezold biot bishop blount bouchard
bowen brachmann broca brown-sequard brudzinski brugada budd burkitt caplan charcot chediak cheyne
chiari chvostek colles conn cori courvoisier creutzfeldt crigler crohn cullen curling cushing
dandy darier de quervain dejerine denis denys devic dieulafoy dubin duchenne dupuytren durkan
ehlers eisenmenger ellison erb ewing fabry fallot fanconi felty fitz galeazzi gardner gaucher
gilbert gitelman glanzmann goodpasture gottron graves grey guillain hallpike hamman hampton
hashimoto heberden henoch hirschsprung hodgkin holt homan homans horner huntington hurler hutchinson
jaccoud janeway jarisch jod kanavel kaposi kartagener kasabach kawasaki kayser kehr kernig kimmelstiel
klinefelter korsakoff krabbe krukenberg kussmaul lachman laennec lambert langerhans leriche lesch
levine lhermitte libman lisfranc loeffler lofgren löfgren lou lyme mallory marfan marjolin mccune
mcburney meckel meige meniere ménière mallampati milroy monteggia morton munchausen murphy neer
niemann nikolsky osgood osler paget pancoast parinaud parkinson peutz peyronie phalen pick plummer
pott prader prinzmetal quincke ramsay ranson raynaud reiter reye richter riedel rinne ritter roth
romberg rotor rovsing salter schatzker schilling schmorl schober segond sheehan shy sipple sjogren
sjögren smith spurling stein stevens still stokes sturge tay takayasu thompson tietze tinel
todd tourette treacher trendelenburg trousseau turcot turner valsalva virchow von waldenstrom
waldenström wallenberg waterhouse weber wegener wells wernicke westermark whipple willebrand wilms
wilson wolff zenker zollinger ottawa glasgow denver geneva duke framingham alvarado blatchford
rockall forrest centor mcisaac gleason breslow clark braden norton child pugh gustilo garden
jones bennett rolando barton chance jefferson hangman boxer maisonneuve chopart smith frank kocher
pfannenstiel mcmurray thessaly finkelstein hawkins speed yergason adson allen patrick faber ober
thomas trendelenburg apley lasegue naffziger hoover kleihauer coombs gram ziehl ziehl-neelsen wright
giemsa papanicolaou pap holter foley swan ganz swan-ganz hickman broviac tenckhoff sengstaken
blakemore minnesota jackson pratt penrose yankauer mayo metzenbaum kelly allis babcock ringer reynolds
gehrig ludwig fournier monro kellie loeys dietz argyll gunn robertson marcus flint steell graham austin musset traube duroziez
corrigan carvallo dressler boerhaave kienbock kienböck perthes legg calve calvé schlatter osgood ortolani barlow naegele
karnofsky killip cormack lehane mcroberts epley dix heimlich sellick roux billroth nissen hartmann fontan glenn norwood
blalock taussig kasai ladd broca wernicke tietze lhermitte hoffmann froment wartenberg jobe cozen boutonniere boutonnière
sprengel madelung klippel feil dandy walker lynch cowden muir torre verner morrison krukenberg blumer boas ballance
dunphy markle carnett hegar chadwick goodell ballard moro galant klisic hering breuer bainbridge starling laplace poiseuille
fick bohr haldane cheyne korotkoff korsakoff tourette asperger rett angelman edwards patau pompe sanfilippo hunter hurler
chagas legionnaires whipple kaposi wegener churg strauss buerger behçet liddle hartnup nyhan soulier schönlein schonlein
`;

/** Words after a capitalised word that make it an eponym, a score or a named thing, not a person. */
export const medicalHeadNounsText = `
syndrome syndromes disease diseases sign signs triad tetrad pentad test tests maneuver manoeuvre
fracture fractures criteria criterion score scores scale scales classification classifications
reflex reflexes phenomenon law laws palsy tumor tumour tumors tumours ulcer ulcers node nodes
disorder anomaly lymphoma sarcoma procedure operation incision catheter tube approach technique
lesion lesions spots nodules bodies body cells cell rule rules method position point points area
duct canal ligament space pouch angle line lines index equation formula curve effect reaction stain
virus shunt fistula hernia cyst diverticulum contracture deformity dystrophy atrophy sclerosis ataxia
chorea encephalopathy aneurysm murmur rub sound sounds pulse breathing respiration knot dressing
protocol regimen trial study heart coma ankle knee foot c-spine head syncope pneumonia consensus
definition staging stage grade type thyroiditis arteritis vasculitis nephropathy neuropathy
myopathy anemia anaemia leukemia leukaemia carcinoma disease's fever tick spotted encephalitis
chromosome translocation nephritis granulomatosis purpura cholangitis hepatitis esophagus oesophagus
neuroma cirrhosis pyramid cardiomyopathy paralysis tremor dementia lymphoma's maneuvre block
bundle fibers fibres tetralogy septal layer zone capsule glands gland organ organs foramen
ring rings nodule tissue fold folds crypts plexus ganglion artery vein veins loop sphincter cartilage
aphasia area's gangrene mole deficiency tendon needle needles forceps clamp retractor scissors speculum
blade blades catheters tubes drain drains bag bags stockings hose splint cast brace collar technique's
tear tears definition rule's pupil pupils angina doctrine spotted wort
notes manual handbook review journal proceedings press guide guidelines podcast textbook
`;

/** Common drug names (generic), which start sentences capitalised and must never look like names. */
export const drugNamesText = `
acetaminophen paracetamol ibuprofen naproxen aspirin diclofenac ketorolac celecoxib meloxicam
morphine hydromorphone oxycodone hydrocodone fentanyl tramadol codeine methadone buprenorphine
naloxone naltrexone gabapentin pregabalin amitriptyline nortriptyline duloxetine venlafaxine
sertraline fluoxetine paroxetine citalopram escitalopram bupropion mirtazapine trazodone
lithium valproate lamotrigine levetiracetam carbamazepine oxcarbazepine phenytoin topiramate
lacosamide clonazepam lorazepam diazepam midazolam alprazolam zolpidem quetiapine olanzapine
risperidone aripiprazole haloperidol clozapine ziprasidone lurasidone methylphenidate
atomoxetine amphetamine donepezil memantine rivastigmine levodopa carbidopa pramipexole
ropinirole metformin insulin glipizide glyburide glimepiride sitagliptin linagliptin
empagliflozin dapagliflozin canagliflozin liraglutide semaglutide dulaglutide tirzepatide
pioglitazone levothyroxine methimazole propylthiouracil prednisone prednisolone
methylprednisolone dexamethasone hydrocortisone fludrocortisone atorvastatin rosuvastatin
simvastatin pravastatin ezetimibe lisinopril enalapril ramipril losartan valsartan
irbesartan candesartan sacubitril amlodipine nifedipine diltiazem verapamil metoprolol
atenolol carvedilol bisoprolol propranolol labetalol esmolol hydralazine clonidine
nitroglycerin isosorbide furosemide bumetanide torsemide hydrochlorothiazide chlorthalidone
spironolactone eplerenone acetazolamide digoxin amiodarone sotalol flecainide adenosine
warfarin heparin enoxaparin apixaban rivaroxaban dabigatran edoxaban clopidogrel ticagrelor
prasugrel alteplase tenecteplase tranexamic amoxicillin ampicillin penicillin nafcillin
oxacillin piperacillin tazobactam cefazolin ceftriaxone cefepime ceftazidime cephalexin
cefuroxime meropenem ertapenem imipenem aztreonam vancomycin linezolid daptomycin
gentamicin tobramycin amikacin azithromycin clarithromycin erythromycin doxycycline
minocycline tetracycline ciprofloxacin levofloxacin moxifloxacin metronidazole
clindamycin nitrofurantoin trimethoprim sulfamethoxazole rifampin rifampicin isoniazid
pyrazinamide ethambutol fluconazole voriconazole itraconazole amphotericin nystatin
acyclovir valacyclovir oseltamivir remdesivir tenofovir emtricitabine dolutegravir
omeprazole pantoprazole esomeprazole lansoprazole famotidine ondansetron metoclopramide
prochlorperazine promethazine loperamide docusate senna bisacodyl polyethylene lactulose
albuterol salbutamol ipratropium tiotropium fluticasone budesonide salmeterol formoterol
montelukast epinephrine adrenaline norepinephrine noradrenaline vasopressin dopamine
dobutamine phenylephrine milrinone ketamine propofol etomidate rocuronium succinylcholine
vecuronium sugammadex lidocaine bupivacaine ropivacaine atropine glycopyrrolate neostigmine
allopurinol colchicine febuxostat methotrexate hydroxychloroquine sulfasalazine
azathioprine mycophenolate tacrolimus cyclosporine adalimumab infliximab etanercept
rituximab pembrolizumab nivolumab trastuzumab bevacizumab tamoxifen letrozole anastrozole
cisplatin carboplatin cyclophosphamide doxorubicin paclitaxel docetaxel vincristine
filgrastim erythropoietin epoetin iron ferrous folic folate thiamine cyanocobalamin
vitamin magnesium potassium calcium sodium bicarbonate dextrose saline mannitol
finasteride tamsulosin sildenafil tadalafil oxybutynin estradiol progesterone
testosterone medroxyprogesterone levonorgestrel oxytocin misoprostol mifepristone
terbutaline nifedipine betamethasone rhogam tdap ozempic wegovy mounjaro eliquis xarelto
lipitor zoloft prozac lexapro xanax ativan valium ambien seroquel abilify adderall ritalin
tylenol advil motrin aleve keppra lasix coumadin plavix synthroid lantus humalog narcan
`;

/** Clinical words (anatomy, findings, specialties, roles) that start sentences or headings. */
export const clinicalWordsText = `
patient patients pt pts doctor nurse resident attending intern fellow student medic clinician
cardiology neurology oncology radiology pathology surgery medicine pediatrics paediatrics
obstetrics gynecology dermatology psychiatry urology nephrology pulmonology gastroenterology
hepatology endocrinology rheumatology hematology haematology orthopedics orthopaedics anesthesia
anaesthesia emergency trauma icu ed er or ccu nicu picu micu sicu pacu triage rounds clinic
chest abdomen pelvis head neck spine brain heart lung lungs liver kidney kidneys spleen bowel colon
stomach skin bone bones joint knee hip ankle wrist elbow shoulder foot hand femur tibia fibula
humerus radius ulna clavicle scapula rib ribs skull sternum vertebra metatarsal metacarpal
fracture fx dislocation sepsis pneumonia stroke infarct infarction ischemia ischaemia
embolism thrombosis hemorrhage haemorrhage effusion edema oedema mass nodule tumor cancer
lymphoma leukemia diabetes hypertension asthma copd chf ckd aki dka hhs mi stemi nstemi afib
fever cough rash pain nausea vomiting diarrhea syncope seizure delirium dementia
imaging xray x-ray ct mri ultrasound echo ecg ekg eeg emg biopsy labs vitals cbc bmp cmp
pearl pearls tip tips quiz poll case cases thread review update reminder question answer
diagnosis differential treatment management prognosis workup history exam physical
disclaimer swipe slide slides teaching board boards step ck cs usmle mcat comlex nclex plab
mrcp mrcs frcs abim cme foamed meded medtwitter
`;

/** Units and measurement words; a number followed by one of these is a measurement, not an identifier. */
export const unitsText = `
mg mcg µg ug g kg lb lbs oz ml mL l L dl dL cc mmol mol meq mEq iu IU units unit u µl ul
mm cm m km in ft mmhg mmHg cmh2o bpm hz mhz khz db kv kvp mas ma ms sec s min mins minute minutes
hr hrs hour hours day days week weeks wk wks month months year years yr yrs % percent mosm
cells copies steps calories kcal cal ng pg fl fL mu mU miu mIU iu/l
`;

/** Words that name a department or kind of service, so "Interventional Radiology" is not a place. */
export const departmentWordsText = `
interventional diagnostic pediatric paediatric neuro neurological musculoskeletal breast emergency
family internal general academic community teaching private public local state federal
veterans va rural urban university outpatient inpatient day walk-in free mobile sexual mental
behavioral behavioural women's womens children's fracture diabetes memory pain sleep cardiac heart
cancer eye dental skin travel vaccine vaccination anticoagulation wound asthma allergy fertility ivf
student employee occupational sports spine stroke trauma burn burns vascular renal transplant
liver kidney lung hand foot ankle knee hip joint bone orthopaedic orthopedic surgical medical
nuclear molecular clinical primary secondary tertiary specialty speciality urgent acute chronic
palliative geriatric neonatal maternal prenatal antenatal obstetric gynecologic gynaecologic
addiction methadone recovery rehabilitation physical occupational speech hearing vision optical
laser cosmetic plastic reconstructive weight bariatric obesity nutrition dermatology radiology
cardiology neurology oncology pathology hematology haematology pulmonary respiratory infectious
disease diseases sexual reproductive health care services national american european british
international world regional district the of and new
`;
