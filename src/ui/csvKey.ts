// The CSV's column key beside each CSV download (the debrief's, Compare groups'): the key as
// a list to read on the page, and as a file (column, meaning) for a spreadsheet's second
// sheet. Both come from the one table the CSV's header is made from (session/choiceCsv.ts).
import { CSV_COLUMNS, csvColumnKey } from '../session/debrief';
import { actionButton, element } from './dom';
import { downloadText } from './saveControls';

/** "What the columns mean": folded, so it does not push the buttons off a phone's screen. */
export function csvKeyDetails(): HTMLElement {
  return element('details', { className: 'csv-key' }, [
    element('summary', { text: 'What each CSV column means' }),
    element(
      'dl',
      {},
      CSV_COLUMNS.flatMap(([column, meaning]) => [
        element('dt', { text: column }),
        element('dd', { text: meaning }),
      ]),
    ),
  ]);
}

export function csvKeyButton(): HTMLButtonElement {
  return actionButton('Download the column key (CSV)', () =>
    downloadText('dental-biocalypse-csv-columns.csv', csvColumnKey(), 'text/csv'),
  );
}
