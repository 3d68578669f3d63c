import { TokenCreateCommand } from './token-create.command';
import { UserCreateCommand } from './user-create.command';
import { UserListCommand } from './user-list.command';

export const authCommands = [UserCreateCommand, UserListCommand, TokenCreateCommand];
