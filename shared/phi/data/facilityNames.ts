// Hospitals and health systems that posts name on their own, without "Hospital" or "Clinic":
// acronyms and short names (US, UK, Canada, Australia). Lowercase, one a line; multi-word names
// with single spaces. A name here is a facility wherever it appears capitalised.

export const facilityNamesText = `
upmc
mgh
bwh
chop
nyu langone
langone
ucsf
ohsu
musc
uab
vumc
utsw
mdacc
mskcc
sloan kettering
memorial sloan kettering
md anderson
dana-farber
dana farber
hopkins
johns hopkins
cedars
cedars-sinai
mount sinai
mt sinai
montefiore
bellevue
jacobi
harborview
ben taub
grady
parkland
cook county
lac+usc
tampa general
jackson memorial
henry ford
yale new haven
lahey
brigham
beth israel
mass general
kaiser
kaiser permanente
sutter
intermountain
ochsner
geisinger
houston methodist
baylor scott & white
nationwide children's
cincinnati children's
boston children's
texas children's
seattle children's
rady children's
lurie children's
sickkids
sunnybrook
toronto general
vancouver general
foothills
addenbrooke's
guy's
st thomas'
king's college hospital
barts
the royal london
john radcliffe
great ormond street
alder hey
royal prince alfred
royal melbourne
westmead
charité
karolinska
`;
