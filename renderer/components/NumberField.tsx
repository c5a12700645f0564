import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface NumberFieldProps extends Omit<NumberInputProps, 'clampBehavior' | 'allowNegative' | 'allowDecimal'> {
  /** Whole numbers only (counts): a typed fraction is kept and named, not rounded. */
  integer?: boolean;
}

/**
 * The one number field of every form. The kit's NumberInput clamps on blur (−5 became 0, 9,999
 * became the maximum): this one keeps what was typed and says what is wrong with it. `min` and
 * `max` are checked and named, never enforced by changing the value; the form's own error (from
 * the contract's schema) takes precedence.
 */
export function NumberField({ value, min, max, integer = true, error, onBlur, ...props }: NumberFieldProps) {
  const { t } = useTranslation();
  const [left, setLeft] = useState(false);
  const number = typeof value === 'number' ? value : value === '' || value === undefined ? null : Number(value);
  let problem: string | null = null;
  if (number !== null && Number.isFinite(number)) {
    if (integer && !Number.isInteger(number)) problem = t('common.number.integer');
    else if (min !== undefined && number < min) problem = t('common.number.min', { min: min.toLocaleString('ko-KR') });
    else if (max !== undefined && number > max) problem = t('common.number.max', { max: max.toLocaleString('ko-KR') });
  }
  return (
    <NumberInput
      {...props}
      value={value}
      min={min}
      max={max}
      clampBehavior="none"
      allowNegative
      allowDecimal
      error={error ?? (left ? problem : null)}
      onBlur={(event) => {
        setLeft(true);
        onBlur?.(event);
      }}
    />
  );
}
