import { Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { useLocation } from 'wouter';

/**
 * A section's tabs whose choice lives in the address (`/cctv?tab=log`), so that 오늘 할 일 and a reload
 * land on the same tab. The panels' order is the tabs' order.
 */
export function AddressTabs<T extends string>({
  path,
  value,
  label,
  panels,
}: {
  path: string;
  value: T;
  label: (name: T) => string;
  panels: Record<T, ReactNode>;
}) {
  const [, navigate] = useLocation();
  const names = Object.keys(panels) as T[];
  return (
    <Tabs value={value} onChange={(next) => navigate(`${path}?tab=${next ?? value}`)} keepMounted={false}>
      <Tabs.List>
        {names.map((name) => (
          <Tabs.Tab key={name} value={name}>
            {label(name)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {names.map((name) => (
        <Tabs.Panel key={name} value={name} pt="md">
          {panels[name]}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
