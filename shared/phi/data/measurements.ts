// Vitals, labs, scores and reference codes: a number right after one of these is a measurement
// or a citation, never an identifier or a date ("platelets 450000", "GCS 3/15", "PMID 31234567").
// Lowercase, whitespace-separated; multi-word entries use a hyphen for the space.

export const measurementWordsText = `
bp b/p sbp dbp map hr pulse rr resp sats sat spo2 sao2 o2 fio2 pao2 paco2 pco2 po2 etco2 temp t tmax bmi weight wt height ht
gcs apgar nihss mmse moca phq-9 gad-7 qsofa sofa apache curb-65 cha2ds2-vasc has-bled timi heart-score perc
grade power strength motor pain rated score scored scale ratio vision visual acuity
wbc rbc hb hgb hct mcv plt plts platelet platelets neutrophils anc lymphocytes eos cd4 cd8 esr crp procalcitonin
na sodium k potassium cl chloride hco3 bicarb bicarbonate bun urea cr creat creatinine egfr gfr glucose bg sugar ca calcium
mg magnesium phos phosphate albumin protein bilirubin bili alt ast alp ggt lipase amylase ldh ck cpk troponin trop bnp
nt-probnp d-dimer fibrinogen inr pt ptt aptt lactate ammonia osm osmolality tsh t3 t4 ft4 a1c hba1c ldl hdl tg triglycerides
ferritin tibc b12 folate vitamin-d psa cea ca-125 afp hcg beta-hcg viral-load copies titer titre count counts cells
steps calories kcal units iu level levels dose doses
cpt icd icd-10 icd-11 hcpcs ndc loinc snomed pmid pmcid doi isbn issn nct isrctn rxnorm
`;
