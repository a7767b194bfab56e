#!/usr/bin/perl
# Times Sisimai (Debian's libsisimai-perl) on every .eml file of a folder:
# one warm-up pass, then ROUNDS timed passes; prints one JSON line with the
# messages read and the CPU seconds (user + system) of the timed passes.
# Used by src/bench/bounce-bench.ts; module loading is not timed.
use strict;
use warnings;
use Sisimai;

my ($dir, $rounds) = @ARGV;
$rounds ||= 3;
opendir(my $dh, $dir) or die "cannot open $dir: $!\n";
my @files = map { "$dir/$_" } sort grep { /\.eml\z/ } readdir($dh);
closedir($dh);

my $recipients = 0;
for my $file (@files) {
    my $v = Sisimai->make($file, 'delivered' => 1, 'vacation' => 1) || [];
    $recipients += scalar @$v;
}
my @t0 = times;
for (1 .. $rounds) {
    for my $file (@files) { Sisimai->make($file, 'delivered' => 1, 'vacation' => 1); }
}
my @t1 = times;
my $cpu = ($t1[0] - $t0[0]) + ($t1[1] - $t0[1]);
printf "{\"messages\":%d,\"recipients\":%d,\"cpuSeconds\":%.4f,\"version\":\"%s\"}\n", scalar(@files) * $rounds, $recipients, $cpu, $Sisimai::VERSION;
