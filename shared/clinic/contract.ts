import { defineDomain } from '../contract/domain.ts';
import { clinicMessages } from './messages.ts';
import { z } from 'zod';
import { method } from '../contract/method.ts';
import { BUSINESS_NUMBER_MESSAGES, businessNumberProblem, formatBusinessNumber } from './businessNumber.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** 02-123-4567, 010-1234-5678, 1588-1234, or an e-mail address. */
const contact = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .refine((v) => /^[0-9+()\- ]{7,20}$/.test(v) || z.email().safeParse(v).success, {
    message: '전화번호(예: 02-123-4567) 또는 이메일 주소를 입력해 주세요.',
  });

export const businessNumberSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = businessNumberProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: BUSINESS_NUMBER_MESSAGES[problem] });
  })
  .transform(formatBusinessNumber);

export const clinicProfileInput = z.object({
  name: text(100),
  representative: text(50),
  address: text(200),
  businessNumber: businessNumberSchema,
  privacyOfficerName: text(50),
  privacyOfficerTitle: text(50),
  privacyOfficerContact: contact,
  cctvManagerName: text(50),
  cctvManagerTitle: text(50),
  cctvManagerContact: contact,
});

export type ClinicProfileInput = z.input<typeof clinicProfileInput>;
export type ClinicProfile = z.output<typeof clinicProfileInput> & { updatedAt: string };

export const clinicApi = {
  'clinic.get': method<ClinicProfile | null>()({
    label: { ko: '기관 정보 조회', en: 'Read clinic profile' },
    input: z.strictObject({}),
    roles: ['officer', 'admin', 'auditor'],
    log: 'none',
  }),
  'clinic.update': method<ClinicProfile>()({
    label: { ko: '기관 정보 수정', en: 'Update clinic profile' },
    input: clinicProfileInput.strict(),
    roles: ['officer'],
    log: 'change',
  }),
};

export const clinicDomain = defineDomain({ name: 'clinic', methods: clinicApi, messages: clinicMessages });
