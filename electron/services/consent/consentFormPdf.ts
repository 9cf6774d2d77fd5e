import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { StudioFailure } from '../../../shared/api/errors';
import { consentKindLabels, featureKinds, mediaKinds, purposes, scopePlatforms, type Consent } from '../../../shared/consent/consentModel';
import { platformLabels } from '../../../shared/model/platforms';

export type FormContent = {
  /** The consent whose scope is ticked; null prints a blank form to fill in by hand. */
  consent: Consent | null;
  patientCode: string | null;
  /** The patient's name, only when the user chose to print it. */
  patientName?: string | null;
  signature?: { png: Uint8Array; signedOn: string; signerName?: string | null } | null;
};

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const INK = rgb(0.1, 0.1, 0.12);
const GREY = rgb(0.45, 0.45, 0.5);

const featureLabels: Record<(typeof featureKinds)[number], string> = { face: 'Face', tattoo: 'Tattoos', voice: 'Voice', 'body-part': 'Body parts' };
const mediaLabels: Record<(typeof mediaKinds)[number], string> = { image: 'Photos / images', video: 'Video', text: 'Case details (text)' };
const purposeLabels: Record<(typeof purposes)[number], string> = { education: 'Education of health professionals and the public', publication: 'Publication (journals, books)' };

export const INTERNET_CLAUSE =
  'I understand that the material may appear on the internet, where anyone can see it, copy it and keep it, and that once published it may not be possible to remove every copy.';

class Writer {
  y = A4.height - MARGIN;
  constructor(
    readonly page: PDFPage,
    readonly font: PDFFont,
    readonly bold: PDFFont,
  ) {}

  text(s: string, size = 10, options: { bold?: boolean; color?: ReturnType<typeof rgb>; gap?: number } = {}): void {
    const font = options.bold ? this.bold : this.font;
    for (const line of wrap(s, font, size, A4.width - 2 * MARGIN)) {
      this.page.drawText(line, { x: MARGIN, y: this.y - size, size, font, color: options.color ?? INK });
      this.y -= size * 1.35;
    }
    this.y -= options.gap ?? 4;
  }

  /** A row of labelled boxes, ticked where `ticked` says; wraps onto further rows. */
  boxes(items: { label: string; ticked: boolean }[], size = 10): void {
    let x = MARGIN;
    for (const item of items) {
      const w = 14 + this.font.widthOfTextAtSize(item.label, size) + 18;
      if (x + w > A4.width - MARGIN) {
        x = MARGIN;
        this.y -= size * 1.9;
      }
      this.page.drawRectangle({ x, y: this.y - size - 1, width: size, height: size, borderColor: INK, borderWidth: 0.8 });
      if (item.ticked) this.page.drawText('X', { x: x + 1.8, y: this.y - size + 0.5, size: size - 1, font: this.bold, color: INK });
      this.page.drawText(item.label, { x: x + size + 5, y: this.y - size, size, font: this.font, color: INK });
      x += w;
    }
    this.y -= size * 2.2;
  }

  /** A signature line with its caption; returns where the line sits (to place a drawn signature). */
  line(caption: string, width: number, x = MARGIN): { x: number; y: number } {
    const y = this.y - 34;
    this.page.drawLine({ start: { x, y }, end: { x: x + width, y }, thickness: 0.7, color: INK });
    this.page.drawText(caption, { x, y: y - 12, size: 8, font: this.font, color: GREY });
    return { x, y };
  }
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    const next = current ? `${current} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && current) {
      out.push(current);
      current = word;
    } else current = next;
  }
  if (current) out.push(current);
  return out;
}

/**
 * The consent form: who, what may be shown, where, for what, the internet clause and signature
 * lines. With a consent its scope comes ticked; with a signature (a PNG drawn on the pad) the
 * signature and date are placed on the patient's line — that PDF is the signed form.
 */
export async function consentFormPdf(content: FormContent): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Consent to the use of clinical images and information');
  doc.setProducer('MedPost Studio');
  doc.setCreator('MedPost Studio');
  const page = doc.addPage([A4.width, A4.height]);
  const w = new Writer(page, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));
  const c = content.consent;
  const has = <T,>(list: readonly T[] | undefined, v: T) => Boolean(list?.includes(v));

  w.text('Consent to the use of clinical images and information', 16, { bold: true, gap: 10 });
  w.text(`Patient code: ${content.patientCode ?? '________________'}${c ? `      Consent: ${c.id.slice(0, 8)} (version ${c.version})` : ''}`, 10);
  w.text(`Patient name: ${content.patientName ?? '_______________________________________________'}`, 10, { gap: 12 });
  w.text(
    'I agree that my clinician may use the material ticked below, about my care, for the purposes and on the platforms ticked below. I may withdraw this consent at any time; material already published may remain where others have copied it.',
    10,
    { gap: 10 },
  );
  w.text('Kind of consent', 11, { bold: true });
  w.boxes(Object.entries(consentKindLabels).map(([k, label]) => ({ label, ticked: c?.kind === k })));
  w.text('Material', 11, { bold: true });
  w.boxes(mediaKinds.map((m) => ({ label: mediaLabels[m], ticked: has(c?.scope.media, m) })));
  w.text('Identifying features that may be shown', 11, { bold: true });
  w.boxes(featureKinds.map((f) => ({ label: featureLabels[f], ticked: has(c?.scope.features, f) })));
  w.text('Where it may be published', 11, { bold: true });
  w.boxes(scopePlatforms.map((p) => ({ label: p === 'any' ? 'Any platform' : platformLabels[p], ticked: has(c?.scope.platforms, p) })));
  w.text('Purposes', 11, { bold: true });
  w.boxes(purposes.map((p) => ({ label: purposeLabels[p], ticked: has(c?.scope.purposes, p) })));
  w.text('Internet', 11, { bold: true });
  w.boxes([{ label: 'I have read and agree to the statement below', ticked: Boolean(c?.internetClause) }]);
  w.text(INTERNET_CLAUSE, 9.5, { gap: 8 });
  w.text(`Valid from: ${c?.signedOn ?? '____________'}      Until: ${c ? (c.expiresOn ?? 'withdrawn') : '____________ (or until withdrawn)'}`, 10, { gap: 8 });
  w.text(
    `Signed by: ${c ? (c.signer.role === 'patient' ? 'the patient' : `a legal representative (${c.signer.relationship ?? 'relationship: ________'})`) : '[ ] the patient   [ ] a legal representative, relationship: ________________'}`,
    10,
    { gap: 4 },
  );
  const half = (A4.width - 2 * MARGIN - 30) / 2;
  const signatureAt = w.line('Signature of patient or representative', half);
  const dateAt = w.line('Date', half, MARGIN + half + 30);
  w.y -= 56;
  w.line(content.signature?.signerName ? `Name: ${content.signature.signerName}` : 'Name of signer (printed)', half);
  w.line('Clinician (name and signature)', half, MARGIN + half + 30);

  if (content.signature) {
    let image;
    try {
      image = await doc.embedPng(content.signature.png);
    } catch {
      throw new StudioFailure('invalid_input', 'The signature must be a PNG image (as drawn on the signature pad).');
    }
    // Fit the drawing into the space above the line, keeping its proportions.
    const scale = Math.min(half / image.width, 48 / image.height, 1);
    page.drawImage(image, { x: signatureAt.x, y: signatureAt.y + 2, width: image.width * scale, height: image.height * scale });
    page.drawText(content.signature.signedOn, { x: dateAt.x, y: dateAt.y + 6, size: 11, font: w.font, color: INK });
  }
  page.drawText('Generated by MedPost Studio. Keep the signed form: the registry stores it with its SHA-256.', {
    x: MARGIN,
    y: MARGIN - 20,
    size: 7.5,
    font: w.font,
    color: GREY,
  });
  return doc.save();
}
