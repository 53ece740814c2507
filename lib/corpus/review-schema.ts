import { z } from 'zod';
import { UNIT_ID } from './schema';

/** MQM error categories, as corpus/README.md ("What a reviewer looks for") describes them. */
const MQM_CATEGORIES = ['accuracy', 'terminology', 'linguistic', 'style', 'locale', 'audience', 'design'] as const;

const MQM_SEVERITIES = ['minor', 'major', 'critical'] as const;

/**
 * Who reviewed a unit: a role, never a person's name. Each role has a key for its label in the UI
 * messages (`Unit.reviewerRoles.<key>`, in every locale).
 */
export const REVIEWER_ROLE_KEYS = { 'senior Chinese–English reviewer': 'seniorZhEn' } as const;
export type ReviewerRole = keyof typeof REVIEWER_ROLE_KEYS;
const REVIEWER_ROLES = Object.keys(REVIEWER_ROLE_KEYS) as [ReviewerRole, ...ReviewerRole[]];

const text = z.string().trim().min(1, 'must not be empty');

/** One error the review found, and the text that replaced it in the unit's new revision. */
const reviewFindingSchema = z.strictObject({
  category: z.enum(MQM_CATEGORIES),
  severity: z.enum(MQM_SEVERITIES),
  /** The faulty English, as it stands in an earlier revision (the unit's history). */
  span: text,
  /** The English that replaced it, as it stands in the current revision. */
  fix: text,
  note: text.optional(),
});

/** One unit's review, as recorded in corpus/reviews/NN-section.yaml. */
export const reviewEntrySchema = z.strictObject({
  unit: z.string().regex(UNIT_ID, 'must look like "section-NN"'),
  /** The revision of the unit's English that was reviewed (after the review's fixes). */
  revision: z.number().int().min(1),
  reviewer: z.enum(REVIEWER_ROLES, { error: `must be a reviewer's role: one of ${REVIEWER_ROLES.join(', ')}` }),
  date: z.iso.date(),
  findings: z.array(reviewFindingSchema),
});

export const reviewsFileSchema = z.strictObject({
  section: z.string().min(1),
  reviews: z.array(z.unknown()),
});

export type UnitReview = z.infer<typeof reviewEntrySchema>;
