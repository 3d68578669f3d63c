import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiTokenEntity } from './api-token.entity';
import { TokensRepository } from './tokens.repository';
import { TokensService } from './tokens.service';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

/** Organizer accounts, roles, passwords and API tokens. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, ApiTokenEntity])],
  providers: [UsersRepository, UsersService, TokensRepository, TokensService],
  exports: [UsersService, TokensService],
})
export class AuthModule {}
