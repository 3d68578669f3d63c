import { ConsoleController } from './console.controller';

export const consoleControllers = [ConsoleController];
