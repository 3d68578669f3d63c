import { HealthController } from './health.controller';
import { HomeController } from './home.controller';

export const siteControllers = [HomeController, HealthController];
