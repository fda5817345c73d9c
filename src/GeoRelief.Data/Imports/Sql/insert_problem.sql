INSERT INTO import_problems (row_no, field, problem, message, value, hint, severity)
VALUES (@row_no, @field, @problem, @message, @value, @hint, @severity)
