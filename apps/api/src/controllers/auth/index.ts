import { AccountController } from './account.controller';
import { LoginController } from './login.controller';
import { TokensController } from './tokens.controller';
import { UsersController } from './users.controller';

export const authControllers = [LoginController, AccountController, UsersController, TokensController];
