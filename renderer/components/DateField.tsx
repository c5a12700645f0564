import { DateInput, type DateInputProps } from '@mantine/dates';
import { isIsoDate } from '../../shared/dates/calendar.ts';

/**
 * A calendar date typed or picked as `YYYY-MM-DD`, whatever the PC's regional format: the same
 * form the ledgers print. Typed text that is not a real date is not accepted.
 */
export function DateField(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  return (
    <DateInput
      valueFormat="YYYY-MM-DD"
      placeholder="YYYY-MM-DD"
      dateParser={(text) => (isIsoDate(text.trim()) ? text.trim() : null)}
      clearable
      {...props}
    />
  );
}
