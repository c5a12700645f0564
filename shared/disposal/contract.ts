import { defineDomain } from '../contract/domain.ts';
import { disposalMessages } from './messages.ts';
import { z } from 'zod';
import { isoDate } from '../contract/fields.ts';
import { method } from '../contract/method.ts';
import { passwordEntry } from '../accounts/contract.ts';
import { DESTRUCTION_METHODS, DESTRUCTION_REASONS, type DestructionMethod, type DestructionReason } from './methods.ts';
import type { MediaKind } from '../register/files.ts';
import type { AttachmentRef } from '../ledger/types.ts';

/** Evidence files: photos of shredding, a processor's confirmation letter. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export const ATTACHMENT_KINDS = ['photo', 'processor_confirmation', 'other'] as const;

/** base64 grows data by 4/3; a little slack for padding. */
const MAX_BASE64 = Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 4;

export const attachmentUpload = z.strictObject({
  kind: z.enum(ATTACHMENT_KINDS, { error: '첨부 종류를 선택해 주세요.' }),
  fileName: z.string().trim().min(1).max(200),
  mime: z.string().max(100),
  dataBase64: z
    .string()
    .min(1, { error: '빈 파일은 첨부할 수 없습니다.' })
    .max(MAX_BASE64, { error: `첨부 파일은 ${ATTACHMENT_MAX_BYTES / 1024 / 1024}MB 이하여야 합니다.` }),
});

export const disposalRequestInput = z.strictObject({
  items: z
    .array(
      z.strictObject({
        fileId: z.number().int().positive(),
        count: z
          .number({ error: '파기 건수를 숫자로 입력해 주세요.' })
          .int({ error: '파기 건수는 정수로 입력해 주세요.' })
          .positive({ error: '파기 건수는 1 이상이어야 합니다.' }),
      }),
    )
    .min(1, { error: '파기할 개인정보 파일을 하나 이상 선택해 주세요.' })
    .max(5000, { error: '한 번에 5,000개까지 요청할 수 있습니다. 나누어 요청해 주세요.' }),
  method: z.enum(DESTRUCTION_METHODS, { error: '파기 방법을 선택해 주세요.' }),
  reason: z.enum(DESTRUCTION_REASONS, { error: '파기 사유를 선택해 주세요.' }),
  place: z.string().trim().min(1, { error: '파기 장소를 입력해 주세요(예: 행정실, 외부 파쇄업체).' }).max(120),
  note: z.string().trim().max(500).default(''),
  attachments: z.array(attachmentUpload).max(10, { error: '첨부는 10개까지입니다.' }).default([]),
});

export type DisposalRequestInput = z.input<typeof disposalRequestInput>;

export interface DisposalItemView {
  fileId: number;
  name: string;
  items: string;
  mediaKind: MediaKind;
  recordCount: number;
  countDestroyed: number;
  /** The file's destroy window: from this day it may be destroyed, by the next it must be. */
  destroyFrom: string | null;
  destroyBy: string | null;
}

export interface PersonRef {
  userId: number;
  name: string;
  title: string;
}

export interface DisposalView {
  id: number;
  status: 'requested' | 'performed' | 'completed' | 'cancelled';
  method: DestructionMethod;
  reason: DestructionReason;
  place: string;
  note: string;
  items: DisposalItemView[];
  attachments: AttachmentRef[];
  /** The processors whose end of contract opened this request ("수탁자 파기"), in tree order. */
  processors: Array<{ id: number; name: string }>;
  requestedBy: PersonRef;
  requestedAt: string;
  performedBy: PersonRef | null;
  performedAt: string | null;
  performedOn: string | null;
  /** Why it was destroyed after its deadline, as the performer signed it. */
  delayReason: string | null;
  /** The 파기일 is before the request (paper shredded first, recorded after). */
  performedBeforeRequest: boolean;
  approvedBy: PersonRef | null;
  approvedAt: string | null;
  serial: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
}

const requestId = z.number().int().positive();

export const disposalApi = {
  'disposal.list': method<DisposalView[]>()({
    label: { ko: '파기 요청 조회', en: 'List disposal requests' },
    input: z.strictObject({ status: z.enum(['open', 'completed', 'cancelled', 'all']).default('open') }),
    roles: ['officer', 'admin', 'auditor'],
    log: 'read',
  }),
  /** 1) 파기 요청: due files, method, reason, evidence. */
  'disposal.request': method<DisposalView>()({
    label: { ko: '파기 요청', en: 'Request destruction' },
    input: disposalRequestInput,
    roles: ['officer', 'admin'],
    log: 'change',
  }),
  /** 2) 수행: the performer signs the record with their password. */
  'disposal.perform': method<DisposalView>()({
    label: { ko: '파기 수행 서명', en: 'Sign as performer' },
    input: z.strictObject({
      requestId,
      performedOn: isoDate,
      /** Required when the 파기일 is after a file's destroy-by date: why it was late. */
      delayReason: z.string().trim().max(500, { error: '지연 사유는 500자 이하로 입력해 주세요.' }).optional(),
      password: passwordEntry,
    }),
    roles: ['officer', 'admin'],
    log: 'change',
  }),
  /** 3) 승인: the approver signs; the entry joins the ledger and the files are marked destroyed. */
  'disposal.approve': method<DisposalView>()({
    label: { ko: '파기 승인 서명', en: 'Sign as approver' },
    input: z.strictObject({ requestId, password: passwordEntry }),
    roles: ['officer'],
    log: 'change',
  }),
  'disposal.cancel': method<DisposalView>()({
    label: { ko: '파기 요청 취소', en: 'Cancel disposal request' },
    input: z.strictObject({
      requestId,
      reason: z.string().trim().min(2, { error: '취소 사유를 입력해 주세요.' }).max(300),
      /** Needed once the performer has signed: the cancellation is then a signed ledger entry. */
      password: passwordEntry.optional(),
    }),
    roles: ['officer', 'admin'],
    log: 'change',
  }),
  /** Evidence added before the performer signs: the processor's 파기 확인서 that arrives after the request. */
  'disposal.attach': method<DisposalView>()({
    label: { ko: '파기 증빙 첨부', en: 'Attach evidence' },
    input: z.strictObject({ requestId, attachment: attachmentUpload }),
    roles: ['officer', 'admin'],
    log: 'change',
  }),
  /** An attachment's bytes, to look at (photo preview, the processor's letter, the archived certificate). */
  /**
   * Refused (CONFLICT) when the stored bytes no longer have the digest the signatures cover;
   * `checkedAgainst` says which digest they were checked against.
   */
  'disposal.attachment': method<{ ref: AttachmentRef; dataBase64: string; checkedAgainst: 'signed' | 'stored' }>()({
    label: { ko: '첨부 파일 열람', en: 'Open attachment' },
    input: z.strictObject({ id: z.string().min(1).max(64) }),
    roles: ['officer', 'admin', 'auditor'],
    log: 'read',
  }),
};

export const disposalDomain = defineDomain({ name: 'disposal', methods: disposalApi, messages: disposalMessages });
