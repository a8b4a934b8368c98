-- Nested integer loops: 10,000 x 10,000 iterations of integer arithmetic.
local sum = 0
for i = 0, 10000 - 1 do
  for j = 0, 10000 - 1 do
    sum = sum + ((i ~ j) & 7)
  end
end
print(sum)
