import { Checkbox, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DECISIONS, EVENT_KINDS, FORMS, eventInput, type RequestView } from '../../shared/cctv/contract.ts';
import { FormModal } from '../components/FormModal.tsx';
import { validateWith } from '../components/forms.ts';

type Kind = (typeof EVENT_KINDS)[number];

interface Values {
  requestId: number;
  kind: Kind;
  decision: string | null;
  reason: string;
  objection: string;
  form: string | null;
  medium: string;
  masking: boolean;
  viewer: string;
  happenedAt: string;
}

/** What was done with a request: the decision, the provision, the viewing, the copy destroyed. Appended, never edited. */
export function EventModal({ request, onClose }: { request: RequestView; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: {
      requestId: request.id,
      kind: request.status === 'open' && request.deadlineOn ? 'decision' : 'provided',
      decision: null,
      reason: '',
      objection: '',
      form: null,
      medium: '',
      masking: false,
      viewer: '',
      happenedAt: '',
    },
    validate: (values) => validateWith(eventInput)(toInput(values)),
  });
  const kind = form.getValues().kind;
  return (
    <FormModal
      title={t('cctv.requests.recordTitle', { id: request.id })}
      form={form}
      method="cctv.requests.record"
      invalidates={['cctv.', 'home.']}
      toInput={toInput}
      saved={t('cctv.requests.recorded')}
      onClose={onClose}
    >
      <SimpleGrid cols={2}>
        <Select
          label={t('cctv.requests.kind')}
          withAsterisk
          allowDeselect={false}
          data={EVENT_KINDS.map((k) => ({ value: k, label: t(`cctv.requests.kinds.${k}`) }))}
          {...form.getInputProps('kind')}
          key={form.key('kind')}
        />
        <TextInput
          label={t('cctv.requests.happenedAt')}
          placeholder="YYYY-MM-DD HH:mm"
          withAsterisk
          {...form.getInputProps('happenedAt')}
          key={form.key('happenedAt')}
        />
      </SimpleGrid>
      {kind === 'decision' ? (
        <>
          <Select
            label={t('cctv.requests.decision')}
            withAsterisk
            data={DECISIONS.map((d) => ({ value: d, label: t(`cctv.requests.decisions.${d}`) }))}
            {...form.getInputProps('decision')}
            key={form.key('decision')}
          />
          <TextInput label={t('cctv.requests.reason')} {...form.getInputProps('reason')} key={form.key('reason')} />
          <TextInput label={t('cctv.requests.objection')} {...form.getInputProps('objection')} key={form.key('objection')} />
        </>
      ) : null}
      {kind === 'provided' || kind === 'viewed' ? (
        <SimpleGrid cols={2}>
          <Select
            label={t('cctv.requests.form')}
            withAsterisk={kind === 'provided'}
            data={FORMS.map((f) => ({ value: f, label: t(`cctv.requests.forms.${f}`) }))}
            {...form.getInputProps('form')}
            key={form.key('form')}
          />
          <TextInput label={t('cctv.requests.medium')} {...form.getInputProps('medium')} key={form.key('medium')} />
          <TextInput label={t('cctv.requests.viewer')} {...form.getInputProps('viewer')} key={form.key('viewer')} />
          <Checkbox
            mt="lg"
            label={t('cctv.requests.masking')}
            {...form.getInputProps('masking', { type: 'checkbox' })}
            key={form.key('masking')}
          />
        </SimpleGrid>
      ) : null}
      {kind === 'copy_destroyed' || kind === 'deleted' ? (
        <TextInput label={t('cctv.requests.medium')} {...form.getInputProps('medium')} key={form.key('medium')} />
      ) : null}
    </FormModal>
  );
}

function toInput(values: Values) {
  const { decision, form, masking, ...rest } = values;
  const provision = values.kind === 'provided' || values.kind === 'viewed';
  return {
    ...rest,
    ...(values.kind === 'decision' && decision ? { decision: decision as (typeof DECISIONS)[number] } : {}),
    ...(provision && form ? { form: form as (typeof FORMS)[number] } : {}),
    ...(provision ? { masking } : {}),
  };
}
