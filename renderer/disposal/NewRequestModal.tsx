import { ActionIcon, Alert, Button, FileButton, Group, Modal, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_KINDS, ATTACHMENT_MAX_BYTES, disposalRequestInput, type DisposalRequestInput } from '../../shared/disposal/contract.ts';
import type { FileView } from '../../shared/register/contract.ts';
import {
  DESTRUCTION_METHODS,
  DESTRUCTION_REASONS,
  methodsFor,
  type DestructionMethod,
  type DestructionReason,
} from '../../shared/disposal/methods.ts';
import { fieldErrors } from '../../shared/contract/errors.ts';
import { ApiCallError } from '../api/client.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { confirmDiscard } from '../components/discard.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { formatBytes, readAsBase64 } from '../components/files.ts';
import { DueFilesPicker, type TypedCount } from './DueFilesPicker.tsx';

interface Upload {
  kind: (typeof ATTACHMENT_KINDS)[number];
  fileName: string;
  mime: string;
  size: number;
  dataBase64: string;
}

const KIND_LABEL_KEYS = {
  photo: 'disposal.kindPhoto',
  processor_confirmation: 'disposal.kindProcessor',
  other: 'disposal.kindOther',
} as const;

/** 1) 파기 요청: which due files, how many records, how, why, where, with what evidence. */
export function NewRequestModal({ preselect, onClose }: { preselect: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const files = useApiQuery('register.list', { includeDestroyed: false });
  const request = useApiMutation('disposal.request', ['disposal.', 'register.']);
  const [counts, setCounts] = useState<Record<number, TypedCount>>({});
  const [selected, setSelected] = useState<ReadonlySet<number>>(() => new Set(preselect ? [preselect] : []));
  const select = useCallback((ids: readonly number[], on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);
  const setCount = useCallback((id: number, count: TypedCount) => setCounts((current) => ({ ...current, [id]: count })), []);
  const [method, setMethod] = useState<DestructionMethod | null>(null);
  const [reason, setReason] = useState<DestructionReason | null>('retention_expired');
  const [place, setPlace] = useState('');
  const [note, setNote] = useState('');
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const due = useMemo(() => (files.data ?? []).filter((file) => file.status === 'due' || file.status === 'overdue'), [files.data]);
  const chosen = due.filter((file) => selected.has(file.id));
  // Only methods that fit every chosen file's medium (paper cannot be "deleted").
  const methods = DESTRUCTION_METHODS.filter((m) => chosen.every((file) => methodsFor(file.mediaKind).includes(m)));

  // What was typed goes to the check as it is: an empty or negative count is named, not made 1.
  const countOf = (file: FileView) => {
    const typed = counts[file.id] ?? file.recordCount;
    if (typeof typed === 'number') return typed;
    const digits = typed.replace(/,/g, '').trim();
    return /^-?\d+(\.\d+)?$/.test(digits) ? Number(digits) : Number.NaN;
  };

  const addUpload = async (file: File | null) => {
    if (!file) return;
    if (file.size > ATTACHMENT_MAX_BYTES) {
      setErrors((e) => ({
        ...e,
        attachments: t('disposal.attachmentTooLarge', { name: file.name, mb: ATTACHMENT_MAX_BYTES / 1024 / 1024 }),
      }));
      return;
    }
    const dataBase64 = await readAsBase64(file);
    setUploads((list) => [
      ...list,
      {
        kind: method === 'processor' ? 'processor_confirmation' : 'photo',
        fileName: file.name,
        mime: file.type,
        size: file.size,
        dataBase64,
      },
    ]);
    setErrors(({ attachments: _a, ...rest }) => rest);
  };

  const submit = () => {
    const input: DisposalRequestInput = {
      items: chosen.map((file) => ({ fileId: file.id, count: countOf(file) })),
      method: method ?? ('' as DestructionMethod),
      reason: reason ?? ('' as DestructionReason),
      place,
      note,
      attachments: uploads.map(({ size: _size, ...upload }) => upload),
    };
    const parsed = disposalRequestInput.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    request.mutate(input, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('disposal.requested') });
        onClose();
      },
      onError: (error) => {
        if (error instanceof ApiCallError && error.body.fields) setErrors(error.body.fields);
      },
    });
  };

  const dirty = place !== '' || note !== '' || uploads.length > 0 || method !== null;
  // A file's problem names the file (the list may be long): "예약 신청서 묶음: 파기 건수는 1 이상이어야 합니다."
  const itemError = (() => {
    const found = Object.entries(errors).find(([key]) => key.startsWith('items'));
    if (!found) return undefined;
    const name = chosen[Number(found[0].split('.')[1])]?.name;
    return name && !found[1].startsWith(name) ? `${name}: ${found[1]}` : found[1];
  })();
  const attachmentError = Object.entries(errors).find(([key]) => key.startsWith('attachments'))?.[1];

  return (
    <Modal opened onClose={() => confirmDiscard(dirty) && onClose()} title={t('disposal.newRequest')} size="xl" centered>
      <Stack>
        <Stack gap={4}>
          <Text fw={600}>{t('disposal.files')}</Text>
          <Text size="xs" c="dimmed">
            {t('disposal.filesHint')}
          </Text>
          {due.length === 0 ? <Alert color="gray">{t('disposal.noDueFiles')}</Alert> : null}
          {due.length > 0 ? <DueFilesPicker files={due} selected={selected} onSelect={select} counts={counts} onCount={setCount} /> : null}
          {itemError ? (
            <Text c="red" size="sm" role="alert">
              {itemError}
            </Text>
          ) : null}
        </Stack>
        <SimpleGrid cols={2}>
          <Select
            label={t('disposal.method')}
            withAsterisk
            data={methods.map((m) => ({ value: m, label: t(`disposal.methods.${m}`) }))}
            value={method}
            onChange={(value) => setMethod(value as DestructionMethod | null)}
            error={errors.method}
          />
          <Select
            label={t('disposal.reason')}
            withAsterisk
            allowDeselect={false}
            data={DESTRUCTION_REASONS.map((r) => ({ value: r, label: t(`disposal.reasons.${r}`) }))}
            value={reason}
            onChange={(value) => setReason(value as DestructionReason | null)}
            error={errors.reason}
          />
        </SimpleGrid>
        <TextInput
          label={t('disposal.place')}
          description={t('disposal.placeHint')}
          withAsterisk
          value={place}
          onChange={(e) => setPlace(e.currentTarget.value)}
          error={errors.place}
        />
        <TextInput label={t('disposal.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
        <Paper withBorder p="sm">
          <Stack gap="xs">
            <Group justify="space-between">
              <Stack gap={0}>
                <Text fw={600}>{t('disposal.attachments')}</Text>
                <Text size="xs" c="dimmed">
                  {t('disposal.attachmentsHint')}
                </Text>
              </Stack>
              <FileButton onChange={(file) => void addUpload(file)} accept="image/jpeg,image/png,application/pdf">
                {(props) => (
                  <Button variant="light" leftSection={<IconPaperclip size={16} />} {...props}>
                    {t('disposal.addFile')}
                  </Button>
                )}
              </FileButton>
            </Group>
            {uploads.map((upload, index) => (
              <Group key={`${upload.fileName}-${index}`} justify="space-between">
                <Text size="sm">
                  {upload.fileName} ({formatBytes(upload.size)})
                </Text>
                <Group gap="xs">
                  <Select
                    size="xs"
                    aria-label={t('disposal.attachmentKind')}
                    allowDeselect={false}
                    w={180}
                    data={ATTACHMENT_KINDS.map((kind) => ({ value: kind, label: t(KIND_LABEL_KEYS[kind]) }))}
                    value={upload.kind}
                    onChange={(value) =>
                      setUploads((list) => list.map((u, i) => (i === index ? { ...u, kind: (value ?? 'photo') as Upload['kind'] } : u)))
                    }
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('disposal.removeAttachment', { name: upload.fileName })}
                    onClick={() => {
                      setUploads((list) => list.filter((_, i) => i !== index));
                      // The problem was that file's: gone with it.
                      setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !key.startsWith('attachments'))));
                    }}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              </Group>
            ))}
            {attachmentError ? (
              <Text c="red" size="sm" role="alert">
                {attachmentError}
              </Text>
            ) : null}
          </Stack>
        </Paper>
        {request.isError && !request.error.body.fields ? <ErrorAlert error={request.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={request.isPending} disabled={chosen.length === 0}>
            {t('disposal.newRequest')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
