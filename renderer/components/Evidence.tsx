import { Alert, Anchor, Button, Group, Image, Modal, Stack, Text } from '@mantine/core';
import { IconDownload, IconPaperclip, IconShieldCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentRef } from '../../shared/ledger/types.ts';
import type { MethodOutput } from '../../shared/domains.ts';
import { call, type ApiCallError } from '../api/client.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { formatBytes } from './files.ts';

type Opened = MethodOutput<'disposal.attachment'>;

const OpenContext = createContext<(ref: AttachmentRef) => void>(() => {});

/** A viewer of evidence for a page: photos shown, PDFs framed, either one saved; opened through `EvidenceLinks`. */
export function EvidenceViewer({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<AttachmentRef | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  // The bytes arrive checked against their signed digest (the main process refuses otherwise).
  const open = useMutation<Opened, ApiCallError, string>({
    mutationFn: (id) => call('disposal.attachment', { id }),
    onSuccess: (data) => {
      const bytes = Uint8Array.from(atob(data.dataBase64), (c) => c.charCodeAt(0));
      setUrl(URL.createObjectURL(new Blob([bytes], { type: data.ref.mime })));
    },
  });
  const forget = () => {
    if (url) URL.revokeObjectURL(url);
    setUrl(null);
  };
  const show = (ref: AttachmentRef) => {
    forget();
    setShown(ref);
    open.mutate(ref.id);
  };
  const opened = open.data && open.data.ref.id === shown?.id ? open.data : null;
  return (
    <OpenContext.Provider value={show}>
      {children}
      <Modal
        opened={shown !== null}
        onClose={() => {
          forget();
          setShown(null);
        }}
        title={shown?.fileName}
        size="xl"
        centered
      >
        <Stack>
          {open.isError ? <ErrorAlert error={open.error} /> : null}
          {opened ? (
            <Alert color="teal" variant="light" icon={<IconShieldCheck size={18} />} role="status">
              {t(opened.checkedAgainst === 'signed' ? 'disposal.evidenceSigned' : 'disposal.evidenceStored', {
                digest: opened.ref.sha256.slice(0, 16),
              })}
            </Alert>
          ) : null}
          {opened && url && opened.ref.mime.startsWith('image/') ? (
            <Image src={url} alt={opened.ref.fileName} fit="contain" mah="60vh" />
          ) : null}
          {opened && url && opened.ref.mime === 'application/pdf' ? <Text size="sm">{t('disposal.evidencePdf')}</Text> : null}
          {opened && url ? (
            <Group justify="flex-end">
              <Button component="a" href={url} download={opened.ref.fileName} variant="default" leftSection={<IconDownload size={16} />}>
                {t('disposal.evidenceSave')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Modal>
    </OpenContext.Provider>
  );
}

/** The evidence of an entry or a request, each file one click from being looked at. */
export function EvidenceLinks({ attachments, size = 'sm' }: { attachments: readonly AttachmentRef[]; size?: 'xs' | 'sm' }) {
  const open = useContext(OpenContext);
  if (attachments.length === 0) return null;
  return (
    <Stack gap={2}>
      {attachments.map((attachment) => (
        <Anchor key={attachment.id} size={size} onClick={() => open(attachment)}>
          <Group gap={4} component="span">
            <IconPaperclip size={14} />
            <Text span inherit>
              {attachment.fileName}
            </Text>
            <Text span inherit c="dimmed">
              ({formatBytes(attachment.size)})
            </Text>
          </Group>
        </Anchor>
      ))}
    </Stack>
  );
}
