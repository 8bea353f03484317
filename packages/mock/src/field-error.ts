import { PortaalError } from '@portaal/core';

/** A `validation` error about one field; `problem` is a message key such as `required` or `too_long`. */
export function fieldError(field: string, problem: string): PortaalError {
  return new PortaalError('validation', `${field}: ${problem}`, { fieldErrors: { [field]: [problem] } });
}
