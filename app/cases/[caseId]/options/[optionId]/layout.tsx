import type { ReactNode } from 'react';
import { getCase } from '@/content';
import { modelFromCase } from '@/lib/explorer/model';
import { ExplorerProvider } from '@/components/explorer/explorer-provider';

/**
 * An option page's reader state: the explorer's store, kept in local storage only (the page's
 * address is left alone), so the reader's own scores show on its assessments and can be set
 * here too. The page itself handles an unknown case or option.
 */
export default async function OptionLayout({
  params,
  children,
}: {
  params: Promise<{ caseId: string }>;
  children: ReactNode;
}) {
  const c = getCase((await params).caseId);
  if (!c) return children;
  return (
    <ExplorerProvider model={modelFromCase(c)} address={false}>
      {children}
    </ExplorerProvider>
  );
}
