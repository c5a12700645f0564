import type { Role } from '../../shared/contract/method.ts';

/** The demo clinic's people, with the passwords the demo prints (never a real clinic's). */
export const DEMO_ACCOUNTS: ReadonlyArray<{ login: string; name: string; title: string; role: Role; password: string }> = [
  { login: 'director', name: '한지원', title: '병원장', role: 'officer', password: 'Demo#Director2026' },
  { login: 'clerk', name: '이하은', title: '행정실장', role: 'admin', password: 'Demo#Clerk2026' },
  { login: 'facility', name: '박민호', title: '시설팀장', role: 'facilities', password: 'Demo#Facility2026' },
  { login: 'auditor', name: '정감사', title: '외부 점검자', role: 'auditor', password: 'Demo#Auditor2026' },
];

/** The tests' privacy officer, who runs the setup of the sample clinic. */
export const SAMPLE_OFFICER = { login: 'director', name: '김서연', title: '원장', password: 'Officer#2026!' } as const;
