/**
 * npm run fedreg:fixtures: serves the test fixtures (real Federal Register documents) through the same loopback API
 * the tests use, so the watch and the review flow can be tried locally without the public API:
 *   FEDREG_API_URL=<printed URL> SOURCES_CRON="* * * * *" npm start
 */
import { startFakeFederalRegister } from '../test/support/fake-federal-register.js';

const server = await startFakeFederalRegister();
process.stdout.write(`Federal Register fixtures at ${server.baseUrl}\nTry: FEDREG_API_URL=${server.baseUrl} npx briefing sources run --since 2019-01-01\n`);
const stop = (): void => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
