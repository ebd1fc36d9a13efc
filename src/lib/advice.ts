// The advice IDs every lesson must teach, copied from the shared advice map so the project builds
// and tests on its own (a clone elsewhere has no ../shared). Update both together.
export const ADVICE_IDS = [
  'MU1',
  'MU2',
  'MU3',
  'KB1',
  'KB2',
  'KB3',
  'KB4',
  'CO1',
  'CO2',
  'CO3',
  'CO4',
  'TR1',
  'TR2',
  'TR3',
  'TR4',
  'TR5',
  'TR6',
  'GR1',
  'GR2',
  'GR3',
  'GR4',
  'GR5',
  'BB1',
  'BB2',
  'BB3',
  'BB4',
  'BB5',
  'BB6',
  'BB7',
  'BB8',
  'SH1',
  'SH2',
  'SH3',
  'SH4',
  'SH5',
  'SH6',
  'SH7',
] as const;

export type AdviceId = (typeof ADVICE_IDS)[number];

/** The five source articles, by the file names lessons cite in `sources:`. */
export const SOURCE_FILES = [
  '000_dd0e8dd6bc1fd849.txt',
  '001_94bf52c2faaddb91.txt',
  '002_1d0165bb81fcb536.txt',
  '003_7d167761cde66572.txt',
  '004_c0e0e5f289bfdf69.txt',
] as const;
