import { validateInput } from '#libs/core';
import { ChangePasswordDto } from './change-password.dto';
import { CreateTokenDto } from './create-token.dto';
import { CreateUserDto } from './create-user.dto';
import { LoginDto } from './login.dto';

const fieldsIn = (errors: { field: string }[]) => errors.map((error) => error.field).sort();

describe('ChangePasswordDto', () => {
  const good = {
    currentPassword: 'old-password-1',
    newPassword: 'a new long passphrase',
    confirmPassword: 'a new long passphrase',
  };

  it('accepts a long new password typed twice', async () => {
    const { errors, value } = await validateInput(ChangePasswordDto, { ...good, _csrf: 'x' });
    expect(errors).toEqual([]);
    expect(value).not.toHaveProperty('_csrf');
  });

  it('asks for every field', async () => {
    const { errors } = await validateInput(ChangePasswordDto, {});
    expect(fieldsIn(errors)).toEqual(['confirmPassword', 'currentPassword', 'newPassword']);
    expect(errors.every((error) => error.message === 'This field is required.')).toBe(true);
  });

  it('refuses a short new password, naming the minimum', async () => {
    const { errors } = await validateInput(ChangePasswordDto, {
      ...good,
      newPassword: 'short',
      confirmPassword: 'short',
    });
    expect(errors).toEqual([{ field: 'newPassword', message: 'The new password must have at least 12 characters.' }]);
  });

  it('refuses a new password equal to the current one', async () => {
    const same = 'the same old password';
    const { errors } = await validateInput(ChangePasswordDto, {
      currentPassword: same,
      newPassword: same,
      confirmPassword: same,
    });
    expect(errors).toEqual([{ field: 'newPassword', message: 'The new password must differ from the current one.' }]);
  });

  it('refuses a confirmation that does not match', async () => {
    const { errors } = await validateInput(ChangePasswordDto, { ...good, confirmPassword: 'a new long passphrasE' });
    expect(errors).toEqual([{ field: 'confirmPassword', message: 'The two new passwords do not match.' }]);
  });

  it('never trims a password', async () => {
    const { value } = await validateInput(ChangePasswordDto, {
      ...good,
      newPassword: ' spaced password ',
      confirmPassword: ' spaced password ',
    });
    expect(value.newPassword).toBe(' spaced password ');
  });
});

describe('the other auth forms', () => {
  it('LoginDto asks for both fields and trims the email', async () => {
    expect(fieldsIn((await validateInput(LoginDto, { email: '', password: '' })).errors)).toEqual([
      'email',
      'password',
    ]);
    const { value, errors } = await validateInput(LoginDto, {
      email: ' a@example.org ',
      password: ' x ',
      next: ['/console', '/x'],
    });
    expect(errors).toEqual([]);
    expect(value).toMatchObject({ email: 'a@example.org', password: ' x ' });
  });

  it('CreateUserDto wants an email and a known role', async () => {
    const { errors } = await validateInput(CreateUserDto, { email: 'not an email', role: 'owner' });
    expect(errors).toEqual([
      { field: 'email', message: 'Enter a valid email address.' },
      { field: 'role', message: 'Choose one of the roles.' },
    ]);
    expect((await validateInput(CreateUserDto, { email: 'x@leverage.local', role: 'reviewer' })).errors).toEqual([]);
  });

  it('CreateTokenDto wants a name and read or write', async () => {
    expect((await validateInput(CreateTokenDto, { name: '  ', scope: 'admin' })).errors).toEqual([
      { field: 'name', message: 'This field is required.' },
      { field: 'scope', message: 'Choose read or write.' },
    ]);
  });
});
