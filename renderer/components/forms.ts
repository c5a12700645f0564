import type { z } from 'zod';
import type { FormErrors } from '@mantine/form';
import { fieldErrors } from '../../shared/contract/errors.ts';
import { ApiCallError } from '../api/client.ts';

/**
 * The form validates with the very schema the main process validates with, so the messages
 * under the fields are the same Korean sentences the dispatcher would return.
 */
export function validateWith<S extends z.ZodType>(schema: S) {
  return (values: unknown): FormErrors => {
    const result = schema.safeParse(values);
    return result.success ? {} : fieldErrors(result.error);
  };
}

/** Puts the main process's field errors under the fields; returns true if there were any. */
export function showServerFieldErrors(error: unknown, setErrors: (errors: FormErrors) => void): boolean {
  if (error instanceof ApiCallError && error.body.fields) {
    setErrors(error.body.fields);
    return true;
  }
  return false;
}
