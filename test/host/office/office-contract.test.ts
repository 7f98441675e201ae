import { describeHostContract } from '../contract/host-contract';
import { makeOfficeHost } from './office-view';

describeHostContract('Office.js', makeOfficeHost);
