import { describeHostContract } from './contract/host-contract';
import { makeXlsxHost } from './contract/xlsx-view';

describeHostContract('.xlsx', makeXlsxHost);
