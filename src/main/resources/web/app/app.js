// Progressive enhancement only: every page works before (and without) this script.
import { initAll } from 'govuk-frontend';

initAll();
