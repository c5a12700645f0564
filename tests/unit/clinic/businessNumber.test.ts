import { describe, expect, it } from 'vitest';
import { businessNumberSchema } from '../../../shared/clinic/contract.ts';
import { BUSINESS_NUMBER_MESSAGES, businessNumberProblem, formatBusinessNumber } from '../../../shared/clinic/businessNumber.ts';
import { clinicMessages } from '../../../shared/clinic/messages.ts';

describe('사업자등록번호', () => {
  // Published numbers of well-known companies; their check digits were computed by the NTS, not by us.
  it.each(['124-81-00998', '220-81-62517', '1248100998'])('accepts %s', (value) => {
    expect(businessNumberProblem(value)).toBeNull();
  });

  it.each(['124-81-00999', '220-81-62510', '000-00-00001'])('rejects a wrong check digit in %s', (value) => {
    expect(businessNumberProblem(value)).toBe('checksum');
  });

  it.each(['', '124-81-0099', '124-81-009981', '12a-81-00998', '124_81_00998'])('rejects the format of "%s"', (value) => {
    expect(businessNumberProblem(value)).toBe('format');
  });

  it('formats to 123-45-67890', () => {
    expect(formatBusinessNumber('1248100998')).toBe('124-81-00998');
  });

  it('the schema says in Korean what is wrong, and stores the formatted number', () => {
    const bad = businessNumberSchema.safeParse('124-81-00999');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain('검증번호');
    expect(businessNumberSchema.parse(' 1248100998 ')).toBe('124-81-00998');
  });

  // An example staff are shown must be one the field accepts: a failing example reads as a bug.
  it('the examples the form and its messages show pass their own check digit', () => {
    const examples = [clinicMessages.businessNumberPlaceholder.ko, BUSINESS_NUMBER_MESSAGES.format].map(
      (text) => /\d{3}-\d{2}-\d{5}/.exec(text)?.[0] ?? `no example in: ${text}`,
    );
    for (const example of examples) expect(businessNumberProblem(example), example).toBeNull();
  });
});
