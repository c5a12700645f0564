import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateProblem, isIsoDate } from '../../shared/dates/calendar.ts';

export interface DateFieldProps extends Omit<TextInputProps, 'value' | 'defaultValue' | 'onChange'> {
  /** What the field holds: a `YYYY-MM-DD` date, or exactly what was typed while it is not one yet. */
  value?: string | null;
  /** Every keystroke, as typed (`null` once the field is empty); picking in the calendar gives a date. */
  onChange: (text: string | null) => void;
}

/**
 * The one date field of every form and filter. It keeps exactly what was typed: "2026-02-30" stays
 * "2026-02-30" and the field says what is wrong with it ("2026년 2월은 28일까지 있습니다"); nothing
 * is replaced by today, by the last good date or by nothing. The calendar button picks a date
 * instead of typing one. A form's own error (from the contract's schema) takes precedence.
 */
export function DateField({ value, onChange, error, onBlur, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [left, setLeft] = useState(false);
  const text = value ?? '';
  const problem = text.trim() !== '' ? dateProblem(text) : null;
  return (
    <TextInput
      placeholder="YYYY-MM-DD"
      inputMode="numeric"
      autoComplete="off"
      {...props}
      value={text}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        onChange(typed === '' ? null : typed);
      }}
      onBlur={(event) => {
        setLeft(true);
        onBlur?.(event);
      }}
      error={error ?? (left ? problem : null)}
      rightSectionPointerEvents="all"
      rightSection={
        <Popover opened={opened} onChange={setOpened} position="bottom-end" withinPortal trapFocus>
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('common.pickDate')}
              onClick={() => setOpened((open) => !open)}
              disabled={props.disabled || props.readOnly}
            >
              <IconCalendar size={16} />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <DatePicker
              value={isIsoDate(text) ? text : null}
              defaultDate={monthOf(text)}
              getDayAriaLabel={(date) => date}
              onChange={(picked) => {
                if (picked) onChange(picked);
                setOpened(false);
              }}
            />
          </Popover.Dropdown>
        </Popover>
      }
    />
  );
}

/** The month the calendar opens at: the typed one ("2026-02-30" opens February 2026), else this month. */
function monthOf(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})/.exec(text.trim());
  if (!match) return undefined;
  const month = `${match[1]}-${match[2]}-01`;
  return isIsoDate(month) ? month : undefined;
}

/** The date a filter may use: the field's text when it is a real date, else nothing. */
export function validDate(text: string | null | undefined): string | undefined {
  return text && isIsoDate(text) ? text : undefined;
}

/** Whether a filter's typed dates are all usable (empty, or a real date). */
export function datesUsable(...texts: ReadonlyArray<string | null | undefined>): boolean {
  return texts.every((text) => !text || isIsoDate(text));
}

/**
 * A list's filter as last typed correctly: while a date in it is not a real date, the list keeps
 * showing what the last good filter found (and the field says what is wrong), rather than quietly
 * dropping that date from the filter.
 */
export function useUsableFilter<T>(filter: T, usable: boolean): T {
  const [applied, setApplied] = useState(filter);
  const key = JSON.stringify(filter);
  const [appliedKey, setAppliedKey] = useState(key);
  if (usable && key !== appliedKey) {
    setApplied(filter);
    setAppliedKey(key);
  }
  return usable ? filter : applied;
}
