import { Alert, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { processorsApi, type ProcessorView } from '../../shared/processors/contract.ts';
import { DateField } from '../components/DateField.tsx';
import { FormModal } from '../components/FormModal.tsx';
import { validateWith } from '../components/forms.ts';
import { useSession } from '../session/SessionContext.tsx';

type Values = z.input<(typeof processorsApi)['processors.end']['input']>;

/** The end of a contract (or the processor removed): opens the disposal request "수탁자 파기". */
export function EndModal({ processor, onClose }: { processor: ProcessorView; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const form = useForm<Values>({
    initialValues: {
      id: processor.id,
      endedOn: session.today,
      reason: 'contract_ended',
      place: t('processors.end.placeDefault'),
    },
    validate: validateWith(processorsApi['processors.end'].input),
  });
  return (
    <FormModal
      title={t('processors.end.title', { name: processor.name })}
      form={form}
      method="processors.end"
      invalidates={['processors.', 'disposal.', 'register.', 'home.']}
      toInput={(values) => values}
      saved={(result) => (result.endRequestId === null ? t('processors.end.doneNoFiles') : t('processors.end.done'))}
      submitLabel={t('processors.end.button')}
      onClose={onClose}
    >
      <Alert color="orange" variant="light">
        <Text size="sm">{t('processors.end.lead')}</Text>
      </Alert>
      <SimpleGrid cols={2}>
        <DateField label={t('processors.end.endedOn')} withAsterisk {...form.getInputProps('endedOn')} key={form.key('endedOn')} />
        <Select
          label={t('processors.end.reason')}
          allowDeselect={false}
          data={(['contract_ended', 'removed'] as const).map((r) => ({ value: r, label: t(`processors.end.reasons.${r}`) }))}
          {...form.getInputProps('reason')}
          key={form.key('reason')}
        />
      </SimpleGrid>
      <TextInput label={t('processors.end.place')} withAsterisk {...form.getInputProps('place')} key={form.key('place')} />
    </FormModal>
  );
}
