/** How the shared list query (query.ts) reads policies and claims. */
import { ClaimSchema, PolicySchema } from '@portaal/core';
import type { Claim, Policy } from '@portaal/core';
import type { ListFields } from '../query.js';

type Primitive = string | number | boolean | null;

/** Money compares by amount, a person by name; everything else as it is. */
function fieldValue(item: object, key: string): Primitive {
  const value: unknown = (item as Record<string, unknown>)[key];
  if (value === undefined || value === null) return null;
  if (typeof value === 'object') {
    if ('amount' in value && typeof value.amount === 'number') return value.amount;
    if ('name' in value && typeof value.name === 'string') return value.name;
    return null;
  }
  return value as Primitive;
}

export const POLICY_FIELDS: ListFields<Policy> = {
  keys: Object.keys(PolicySchema.shape),
  value: fieldValue,
  labels: { lineOfBusiness: 'lob', status: 'status.policy' },
  text: (policy) => [policy.number, policy.product, policy.insuredRisk],
};

export const CLAIM_FIELDS: ListFields<Claim> = {
  keys: Object.keys(ClaimSchema.shape),
  value: fieldValue,
  labels: { lineOfBusiness: 'lob', status: 'status.claim' },
  text: (claim) => [claim.number, claim.policyNumber, claim.description, claim.claimant, claim.handler.name],
};
