/** `npm run bench`: every benchmark of bench/, one after another. */
import { main as castBallot } from './cast-ballot.ts';
import { main as countyXlsx } from './county-xlsx.ts';
import { main as evaluationResults } from './evaluation-results.ts';
import { main as juryLive } from './jury-live.ts';
import { main as publicBoard } from './public-board.ts';

await castBallot();
await publicBoard();
await juryLive();
await evaluationResults();
await countyXlsx();
