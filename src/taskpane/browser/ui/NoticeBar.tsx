import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Notice } from '../controller';
import type { BrowserStrings } from '../strings';

function title(notice: Notice, text: BrowserStrings): string {
  switch (notice.key) {
    case 'saveAsXlsx':
      return text.saveAsXlsx(notice.detail ?? '');
    case 'notAWorkbook':
      return text.notAWorkbook;
    case 'openFailed':
      return text.openFailed;
    case 'schemeHasErrors':
      return text.schemeHasErrors;
    case 'rankFailed':
      return text.rankFailed;
    case 'schemeImportFailed':
      return text.schemeImportFailed;
    case 'schemeImported':
      return text.schemeImported;
    case 'ranked':
      return text.rankedNotice;
    case 'readFailed':
      return text.readFailed;
    case 'collected':
      return text.collectedNotice(Number(notice.detail ?? 0));
    case 'collectFailed':
      return text.collectFailed;
  }
}

/** The last thing that happened, read out by screen readers as it changes. */
export function NoticeBar({ notice, text }: { notice: Notice | null; text: BrowserStrings }) {
  return (
    <div role="status" aria-live="polite">
      {notice && (
        <MessageBar intent={notice.kind} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{title(notice, text)}</MessageBarTitle>
            {notice.key !== 'saveAsXlsx' && notice.key !== 'collected' && notice.detail && <div>{notice.detail}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
