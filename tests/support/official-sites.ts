// The official bodies the hard-case lesson sends readers to for outside help: the only external
// links the site may carry outside its sources page. Each address is the body's own home page; add
// one only after checking that, since a reader in trouble will trust it.
export const OFFICIAL_SITES = [
  'https://www.eeoc.gov/', // US Equal Employment Opportunity Commission
  'https://www.acas.org.uk/', // Acas (England, Scotland and Wales)
  'https://www.workplacerelations.ie/', // Ireland's Workplace Relations Commission
  'https://www.chrc-ccdp.gc.ca/', // Canadian Human Rights Commission
  'https://www.fairwork.gov.au/', // Australia's Fair Work Ombudsman
  'https://humanrights.gov.au/', // Australian Human Rights Commission
  'https://shebox.wcd.gov.in/', // India's SHe-Box (Ministry of Women and Child Development)
] as const;
