import { defineDomain } from '../contract/domain.ts';
import { clinicMessages } from './messages.ts';
import { z } from 'zod';
import { method } from '../contract/method.ts';
import { BUSINESS_NUMBER_MESSAGES, businessNumberProblem, formatBusinessNumber } from './businessNumber.ts';

/** A required text field, with the sentence that says which one is missing. */
const text = (max: number, missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(max, { error: `${max}자 이하로 입력해 주세요.` });

/** 02-123-4567, 010-1234-5678, 1588-1234, or an e-mail address. */
const contact = (whose: string) =>
  z
    .string({ error: `${whose} 연락처(전화번호 또는 이메일)를 입력해 주세요.` })
    .trim()
    .min(1, { error: `${whose} 연락처(전화번호 또는 이메일)를 입력해 주세요.` })
    .max(100, { error: '100자 이하로 입력해 주세요.' })
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
  name: text(100, '기관명을 입력해 주세요(사업자등록증의 상호).'),
  representative: text(50, '대표자 성명을 입력해 주세요.'),
  address: text(200, '기관의 주소를 입력해 주세요.'),
  businessNumber: businessNumberSchema,
  privacyOfficerName: text(50, '개인정보 보호책임자의 성명을 입력해 주세요.'),
  privacyOfficerTitle: text(50, '개인정보 보호책임자의 직위(예: 원장, 행정실장)를 입력해 주세요.'),
  privacyOfficerContact: contact('개인정보 보호책임자의'),
  cctvManagerName: text(50, '영상정보 관리책임자의 성명을 입력해 주세요.'),
  cctvManagerTitle: text(50, '영상정보 관리책임자의 직위(예: 시설 담당)를 입력해 주세요.'),
  cctvManagerContact: contact('영상정보 관리책임자의'),
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
