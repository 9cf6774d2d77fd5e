// Words burned into radiographs that teach rather than identify: side markers, projections,
// positions, findings, anatomy, scale units and ultrasound settings. The strict (image-corner)
// detector keeps them and the image pipeline must not redact them.
const KEEP = new Set(
  `
l r lt rt left right rgt lft ap pa lat lateral oblique obl portable port upright supine erect prone decubitus decub
lld rld llat rlat axial coronal sagittal sag trans trv transverse long longitudinal short axis view views
insp exp inspiration expiration inspiratory expiratory standing sitting weight bearing wb non-wb nwb flex ext
flexion extension pre post contrast iv oral delayed arterial venous portal phase early late
arrow marker markers side scale ruler cm mm m in inch inches
fx fracture fractures mt mc ptx effusion mass nodule lesion opacity consolidation callus healing displaced
nondisplaced non-displaced angulated comminuted avulsion stress dislocation subluxation
chest cxr abdomen abd kub pelvis hip knee ankle foot feet hand wrist elbow shoulder spine c-spine t-spine
l-spine skull sinus sinuses facial face femur tibia fibula humerus radius ulna clavicle scapula rib ribs
lung lungs heart liver kidney kidneys gb spleen bladder uterus ovary thyroid carotid aorta ivc
ruq luq rlq llq epigastric midline base apex
gain depth freq frequency mhz hz db fps mi tis tib tic 2d 3d 4d cf cfm pw cw thi gen res pen dyn
power doppler color colour bmode b-mode m-mode harm harmonic probe zoom focus frz freeze
fr dr prf wf sv ps ed ri pi vel tgc agc sono cine clip loop frame frames angle cw pw hz khz mhz
ct mr dx cr us xr mri xray x-ray modality
kv kvp mas ma ms sec mgy dap ei di exi s-value wl ww w l se im series image img thk slice
bone soft tissue lung window level
`
    .split(/\s+/)
    .filter(Boolean),
);

const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/i;
const MEASURE = /^\d+(?:[.,]\d+)?\s?(?:cm|mm|m|in|mhz|khz|hz|db|kv|kvp|mas|ma|ms|s|%|x|fps|cm\/s|mm\/s|m\/s|°|bpm)$/i;

/** True for a word that is a teaching annotation (kept), false for anything that may identify. */
export function isTeachingAnnotation(word: string): boolean {
  const w = word.trim().replace(/^[([{"'“‘]+|[)\]}"'”’:;,.!?]+$/g, '');
  if (!w) return true;
  const lower = w.toLowerCase();
  return KEEP.has(lower) || ORDINAL.test(w) || MEASURE.test(w) || /^[←→↑↓↖↗↘↙➔➜⇦⇨<>^v*+-]+$/.test(w);
}
