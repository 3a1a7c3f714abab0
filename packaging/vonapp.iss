; Inno Setup script: a per-user Windows installer for the PyInstaller bundle (dist\vonapp).
; Build on Windows as packaging\README.md says:  iscc packaging\vonapp.iss
; No admin rights: installs under %LOCALAPPDATA%\Programs\vonapp; the database lives in
; %LOCALAPPDATA%\vonapp (never roaming or synced); nothing is sent over the network.

#define AppName "vonapp"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F0B8E52-3C1A-4C8E-9B5E-7A4D2C1E9F30}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=vonapp
DefaultDirName={localappdata}\Programs\vonapp
DefaultGroupName=vonapp
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
OutputDir=..\dist
OutputBaseFilename=vonapp-{#AppVersion}-setup
SetupIconFile=..\resources\icons\vonapp.ico
UninstallDisplayIcon={app}\vonapp.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\vonapp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\vonapp"; Filename: "{app}\vonapp.exe"; IconFilename: "{app}\vonapp.exe"
Name: "{userdesktop}\vonapp"; Filename: "{app}\vonapp.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\vonapp.exe"; Description: "{cm:LaunchProgram,vonapp}"; Flags: nowait postinstall skipifsilent
