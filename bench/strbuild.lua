-- String building: 20 rounds of writing 100,000 numbers and separators into a buffer table
-- joined with table.concat (about 600 KB per round). Prints the total length and the count of
-- '7' bytes.
local function build(round)
  local b = {}
  local n = 0
  for i = 0, 100000 - 1 do
    n = n + 1
    b[n] = tostring(i * round)
    n = n + 1
    if i % 10 == 9 then
      b[n] = "\n"
    else
      b[n] = ", "
    end
  end
  return table.concat(b)
end

local length, sevens = 0, 0
for round = 1, 20 do
  local s = build(round)
  length = length + #s
  local _, count = s:gsub("7", "")
  sevens = sevens + count
end
print(length .. " " .. sevens)
