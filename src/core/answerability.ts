import { z } from 'zod';
import type { Retrieval, RetrievalHit } from './ports.js';

/**
 * Whether the store can answer a question: a logistic model over what retrieval found, fitted on labelled
 * questions by `npm run calibrate` and kept in data/answerability.json. Before it runs, named constraints decide
 * alone: a period with no items, a country the store never mentions, the policy of someone who acts in no item, another
 * country's body named like a US one, a topic none of whose words the store uses, and a question with nothing to look up.
 */
export const FEATURES = ['coverage', 'rarestMatched', 'entitiesMatched', 'unknownName', 'unknownShare', 'support', 'dated', 'namesMatched'] as const;
export type FeatureName = (typeof FEATURES)[number];
export type Features = Record<FeatureName, number>;

export const answerabilityModelSchema = z.strictObject({
  about: z.string().optional(),
  weights: z.strictObject(Object.fromEntries(FEATURES.map((name) => [name, z.number()])) as Record<FeatureName, z.ZodNumber>),
  bias: z.number(),
  threshold: z.number().min(0).max(1),
  fittedOn: z.string().optional(),
});
export type AnswerabilityModel = z.infer<typeof answerabilityModelSchema>;

/** The features of a question's retrieval, given the document the answer would stand on. */
export function answerabilityFeatures(retrieval: Retrieval, lead: RetrievalHit | undefined): Features {
  const onTopic = lead ? retrieval.hits.filter((h) => h.coverage >= 0.75 * lead.coverage && h.coverage > 0).length : 0;
  return {
    coverage: lead?.coverage ?? 0,
    rarestMatched: lead?.rarestMatched ? 1 : 0,
    entitiesMatched: lead?.entitiesMatched ? 1 : 0,
    unknownName: retrieval.unknownNames.length > 0 ? 1 : 0,
    unknownShare: retrieval.unknownShare,
    // How many documents agree with the lead: a lone near miss is weaker than a cluster.
    support: Math.min(onTopic, 5) / 5,
    // A question that names a date or period the store has items in is about those items.
    dated: retrieval.filter.from || retrieval.filter.to ? 1 : 0,
    namesMatched: lead?.namesMatched ?? 0,
  };
}

export function answerability(model: AnswerabilityModel, features: Features): number {
  const z = FEATURES.reduce((sum, name) => sum + model.weights[name] * features[name], model.bias);
  return 1 / (1 + Math.exp(-z));
}

/** The decision: a confidence in 0…1 and whether it clears the model's threshold. */
export function decideAnswerable(model: AnswerabilityModel, retrieval: Retrieval, lead: RetrievalHit | undefined):
{ answer: boolean; confidence: number; features: Features } {
  const features = answerabilityFeatures(retrieval, lead);
  const unknowable = retrieval.emptyPeriod || retrieval.ideaCount === 0 || retrieval.unknownCountries.length > 0
    || retrieval.ownersWithoutActions.length > 0 || retrieval.topicAbsent || (retrieval.foreignBodies?.length ?? 0) > 0;
  if (!lead || unknowable) return { answer: false, confidence: 0, features };
  const confidence = answerability(model, features);
  return { answer: confidence >= model.threshold, confidence, features };
}
