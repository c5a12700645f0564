import { Button, FileButton, Group, Select, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { processorsApi, type ProcessorView } from '../../shared/processors/contract.ts';
import { INSPECTION_RESULTS } from '../../shared/processors/clauses.ts';
import { DateField } from '../components/DateField.tsx';
import { FormModal } from '../components/FormModal.tsx';
import { formatBytes, readAsBase64 } from '../components/files.ts';
import { validateWith } from '../components/forms.ts';
import { useSession } from '../session/SessionContext.tsx';

type Values = z.input<(typeof processorsApi)['processors.inspect']['input']> & { fileSize?: number };

/** An inspection of a processor (법 제26조④, 시행령 제28조⑥): date, who, result, findings, the checklist. */
export function InspectionModal({ processor, onClose }: { processor: ProcessorView; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const schema = processorsApi['processors.inspect'].input;
  const form = useForm<Values>({
    initialValues: { processorId: processor.id, inspectedOn: session.today, inspector: '', result: 'pass', findings: '', file: null },
    validate: (values) => {
      const { fileSize: _size, ...rest } = values;
      return validateWith(schema)(rest);
    },
  });
  const values = form.getValues();
  return (
    <FormModal
      title={`${processor.name} — ${t('processors.inspections.add')}`}
      form={form}
      method="processors.inspect"
      invalidates={['processors.', 'home.']}
      toInput={({ fileSize: _size, ...input }) => input}
      saved={t('processors.inspections.saved')}
      onClose={onClose}
    >
      <SimpleGrid cols={3}>
        <DateField
          label={t('processors.inspections.date')}
          withAsterisk
          {...form.getInputProps('inspectedOn')}
          key={form.key('inspectedOn')}
        />
        <TextInput
          label={t('processors.inspections.inspector')}
          withAsterisk
          {...form.getInputProps('inspector')}
          key={form.key('inspector')}
        />
        <Select
          label={t('processors.inspections.result')}
          withAsterisk
          allowDeselect={false}
          data={INSPECTION_RESULTS.map((r) => ({ value: r, label: t(`processors.results.${r}`) }))}
          {...form.getInputProps('result')}
          key={form.key('result')}
        />
      </SimpleGrid>
      <Textarea
        label={t('processors.inspections.findings')}
        withAsterisk
        autosize
        minRows={3}
        {...form.getInputProps('findings')}
        key={form.key('findings')}
      />
      <Group>
        <FileButton
          accept="image/jpeg,image/png,application/pdf"
          onChange={(chosen) => {
            if (!chosen) return;
            void readAsBase64(chosen).then((dataBase64) => {
              form.setFieldValue('file', { fileName: chosen.name, mime: chosen.type, dataBase64 });
              form.setFieldValue('fileSize', chosen.size);
            });
          }}
        >
          {(props) => (
            <Button variant="light" leftSection={<IconPaperclip size={16} />} {...props}>
              {t('processors.inspections.file')}
            </Button>
          )}
        </FileButton>
        {values.file ? (
          <Text size="sm">
            {values.file.fileName} ({formatBytes(values.fileSize ?? 0)})
          </Text>
        ) : null}
      </Group>
      {form.errors.file ? (
        <Text c="red" size="sm" role="alert">
          {form.errors.file}
        </Text>
      ) : null}
      <Text size="xs" c="dimmed">
        {t('processors.contract.hint')}
      </Text>
    </FormModal>
  );
}
