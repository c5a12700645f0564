import type { Messages } from './ko.ts';

export const en: Messages = {
  app: {
    name: 'Retention Desk',
    subtitle: 'Retention & destruction records',
    demoBanner: 'This is a demo database. Do not enter real clinic records.',
    language: 'Language',
  },
  nav: {
    settings: 'Settings',
  },
  common: {
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    retry: 'Try again',
    saved: 'Saved.',
    loading: 'Loading…',
    errorTitle: 'Could not complete',
    required: 'Required',
    lastUpdated: 'Last updated',
    notSet: 'Not entered yet',
  },
  problem: {
    title: 'The database cannot be opened',
    file: 'Database file',
    corrupt:
      'The database file is damaged and cannot be used. Restore the latest backup or contact your IT contact. Do not delete the damaged file (it is needed for investigation).',
    tooNew:
      'This database was created by a newer version of Retention Desk (file version {{fileVersion}}, this program {{appVersion}}). Update the program and open it again. The file was not changed.',
    locked:
      'The database is already in use (another Retention Desk window or the command-line tool). Close that program and try again.',
    unreadable: 'The database file cannot be read. Check its location and permissions, then try again.',
    detail: 'Technical details',
  },
  clinic: {
    title: 'Clinic profile',
    description:
      'Printed on certificates of destruction and ledgers. Enter it as your privacy policy states it.',
    sectionClinic: 'Clinic',
    sectionOfficer: 'Chief privacy officer',
    sectionCctv: 'CCTV manager',
    name: 'Clinic name',
    representative: 'Representative',
    address: 'Address',
    businessNumber: 'Business registration no.',
    businessNumberHint: 'Format 123-45-67890',
    officerName: 'Name',
    officerTitle: 'Title',
    officerContact: 'Contact',
    cctvName: 'Name',
    cctvTitle: 'Title',
    cctvContact: 'Contact',
    contactHint: 'Phone number or e-mail',
    empty: 'No clinic profile yet. Fill in the fields below and save.',
  },
};
