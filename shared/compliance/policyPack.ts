import { z } from 'zod';
import { StudioFailure } from '../api/errors';
import { PlatformId } from '../model/platforms';

const Term = z.string().trim().min(1, 'must not be empty').max(200);
const Hashtag = z
  .string()
  .trim()
  .regex(/^#?[\p{L}\p{N}_]+$/u, 'must be one hashtag (letters, digits or _, with or without #)')
  .transform((t) => (t.startsWith('#') ? t : `#${t}`));

/**
 * An institution's policy pack (templates/policy-pack.schema.json is the same shape for
 * editors). Only `name` is required; unknown fields are refused, because a misspelt
 * `bannedTerm` silently ignored would let through exactly what the institution banned.
 */
export const PolicyPack = z
  .object({
    /** Editors point this at templates/policy-pack.schema.json; ignored here. */
    $schema: z.string().max(500).optional(),
    name: z.string().trim().min(1, 'must not be empty').max(200),
    description: z.string().max(2000).optional(),
    bannedTerms: z.array(Term).max(500).default([]),
    requiredDisclaimer: z.string().trim().min(1, 'must not be empty').max(2000).optional(),
    requiredHashtags: z.array(Hashtag).max(50).default([]),
    prohibitedHashtags: z.array(Hashtag).max(500).default([]),
    consentAlwaysRequired: z.boolean().default(false),
    platformsAllowed: z.array(PlatformId).min(1, 'must name at least one platform').optional(),
  })
  .strict();
export type PolicyPack = z.infer<typeof PolicyPack>;

/** "bannedTerms[2]: must not be empty", "unknownField: not a policy-pack field". */
function issueText(issue: z.core.$ZodIssue): string {
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  if (issue.code === 'unrecognized_keys') {
    const keys = (issue as { keys: string[] }).keys;
    const at = path ? `${path}.` : '';
    return `${keys.map((k) => `“${at}${k}”`).join(', ')} ${keys.length === 1 ? 'is not a policy-pack field' : 'are not policy-pack fields'} (allowed: ${Object.keys(PolicyPack.shape).filter((k) => k !== '$schema').join(', ')})`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return `“${path}” is required`;
  return `“${path || 'the pack'}”: ${issue.message}`;
}

/** Parses a pack, or fails with a message that names the bad field. */
export function parsePolicyPack(raw: unknown): PolicyPack {
  const parsed = PolicyPack.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new StudioFailure('invalid_input', `The policy pack is not valid: ${parsed.error.issues.slice(0, 3).map(issueText).join('; ')}.`);
}

/** Reads a pack from JSON text (a file the user imports). */
export function parsePolicyPackJson(text: string): PolicyPack {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new StudioFailure('invalid_input', `The policy pack is not valid JSON: ${(err as Error).message}.`);
  }
  return parsePolicyPack(raw);
}
