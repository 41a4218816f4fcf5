/** `npm run bench`: every benchmark of bench/, one after another. */
import { main as castBallot } from './cast-ballot.ts';

await castBallot();
