import { Button, FileButton, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { formatBytes, readAsBase64 } from '../components/files.ts';

type UploadMethod = 'processors.attachContract' | 'processors.attachConfirmation';

/** One file (PDF or photo) sent for a processor; the main process checks its size and real type and says so at the field. */
export function UploadModal({
  title,
  method,
  processorId,
  lead,
  done,
  onClose,
}: {
  title: string;
  method: UploadMethod;
  processorId: number;
  lead: string;
  done: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<{ fileName: string; mime: string; dataBase64: string; size: number } | null>(null);
  const upload = useApiMutation(method, ['processors.', 'disposal.', 'home.']);
  const fieldError = upload.error?.body.fields ? Object.values(upload.error.body.fields)[0] : null;
  return (
    <Modal opened onClose={onClose} title={title} centered size="md">
      <Stack>
        <Text size="sm">{lead}</Text>
        <Group>
          <FileButton
            accept="image/jpeg,image/png,application/pdf"
            onChange={(chosen) => {
              if (!chosen) return;
              upload.reset();
              void readAsBase64(chosen).then((dataBase64) =>
                setFile({ fileName: chosen.name, mime: chosen.type, dataBase64, size: chosen.size }),
              );
            }}
          >
            {(props) => (
              <Button variant="light" leftSection={<IconPaperclip size={16} />} {...props}>
                {t('processors.contract.file')}
              </Button>
            )}
          </FileButton>
          {file ? (
            <Text size="sm">
              {file.fileName} ({formatBytes(file.size)})
            </Text>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          {t('processors.contract.hint')}
        </Text>
        {fieldError ? (
          <Text c="red" size="sm" role="alert">
            {fieldError}
          </Text>
        ) : null}
        {upload.isError && !upload.error.body.fields ? <ErrorAlert error={upload.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={!file}
            loading={upload.isPending}
            onClick={() => {
              if (!file) return;
              upload.mutate(
                { id: processorId, file: { fileName: file.fileName, mime: file.mime, dataBase64: file.dataBase64 } },
                {
                  onSuccess: () => {
                    notifications.show({ color: 'teal', message: done });
                    onClose();
                  },
                },
              );
            }}
          >
            {t('processors.contract.upload')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
