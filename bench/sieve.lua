-- Sieve of Eratosthenes over a table of 10^7 booleans, repeated 3 times; prints the prime count.
local function sieve(n)
  local composite = {}
  for i = 0, n do composite[i] = false end
  local count = 0
  for i = 2, n do
    if not composite[i] then
      count = count + 1
      for j = i * i, n, i do
        composite[j] = true
      end
    end
  end
  return count
end

local total = 0
for _ = 1, 3 do
  total = total + sieve(10000000)
end
print(total)
